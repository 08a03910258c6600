using System.Runtime.Intrinsics;
using Sitrep.Nlp.Learning;
using Xunit;

namespace Sitrep.Nlp.Tests.Learning;

public class HalfBitsTests
{
    private static IEnumerable<ushort> FiniteHalves() =>
        Enumerable.Range(0, 1 << 16).Select(i => (ushort)i).Where(b => Half.IsFinite(BitConverter.UInt16BitsToHalf(b)));

    private static uint Bits(float x) => BitConverter.SingleToUInt32Bits(x);

    private static ulong Bits(double x) => BitConverter.DoubleToUInt64Bits(x);

    [Fact]
    public void Every_finite_half_widens_exactly_as_the_runtime_does()
    {
        int count = 0;
        foreach (var b in FiniteHalves())
        {
            float expected = (float)BitConverter.UInt16BitsToHalf(b);
            Assert.Equal(Bits(expected), Bits(HalfBits.ToSingle(b)));
            count++;
        }
        Assert.Equal(63_488, count);
    }

    [Fact]
    public void Four_packed_halves_widen_exactly_to_floats_and_doubles()
    {
        var halves = FiniteHalves().ToArray();
        for (int i = 0; i < halves.Length; i += 4)
        {
            var four = Enumerable.Range(0, 4).Select(k => halves[(i + k * 15_877) % halves.Length]).ToArray();
            ulong packed = four[0] | (ulong)four[1] << 16 | (ulong)four[2] << 32 | (ulong)four[3] << 48;
            var singles = HalfBits.ToSingles(packed);
            var doubles = HalfBits.ToDoubles(packed);
            for (int k = 0; k < 4; k++)
            {
                float expected = (float)BitConverter.UInt16BitsToHalf(four[k]);
                Assert.Equal(Bits(expected), Bits(singles.GetElement(k)));
                Assert.Equal(Bits((double)expected), Bits(doubles.GetElement(k)));
            }
        }
    }

    [Theory]
    [InlineData(0.5f, true)]
    [InlineData(-0f, true)]
    [InlineData(65504f, true)]
    [InlineData(0.1f, false)]        // not a half
    [InlineData(70000f, false)]      // beyond the largest half
    [InlineData(float.NaN, false)]
    public void Only_exact_finite_halves_have_half_bits(float value, bool exact) =>
        Assert.Equal(exact, HalfBits.TryGet(value, out _));
}
