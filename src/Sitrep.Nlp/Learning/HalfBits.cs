using System.Runtime.Intrinsics;

namespace Sitrep.Nlp.Learning;

/// <summary>
/// Half-precision weights (IEEE 754 binary16, as the models store them) widened without
/// <c>(float)Half</c>, which .NET computes in software, one value at a time. The exponent and
/// fraction bits are moved into a float's (or double's) fields, where they read as a number 2^-112
/// (2^-1008) times too small, then scaled back by that power of two, which rounds nothing; subnormal
/// halves land on subnormal or normal numbers and come out right too. Exact for every finite half
/// (checked against <c>(float)Half</c> for all 63,488 of them in the tests); infinities and NaNs are
/// not handled, so tables refuse them.
/// </summary>
internal static class HalfBits
{
    private const float SingleScale = 5.192296858534828e33f; // 2^112
    private static readonly double DoubleScale = Math.ScaleB(1.0, 1008);

    /// <summary>The half-precision bits of <paramref name="value"/>, or false when it is not exactly a finite half.</summary>
    public static bool TryGet(float value, out ushort bits)
    {
        var h = (Half)value;
        bits = BitConverter.HalfToUInt16Bits(h);
        return Half.IsFinite(h) && BitConverter.SingleToUInt32Bits((float)h) == BitConverter.SingleToUInt32Bits(value);
    }

    public static float ToSingle(ushort bits)
    {
        float magnitude = BitConverter.UInt32BitsToSingle((uint)(bits & 0x7FFF) << 13) * SingleScale;
        return BitConverter.UInt32BitsToSingle(BitConverter.SingleToUInt32Bits(magnitude) | (uint)(bits & 0x8000) << 16);
    }

    /// <summary>Four halves packed in a ulong (the first in the low bits) as four floats.</summary>
    public static Vector128<float> ToSingles(ulong packed)
    {
        var x = Vector128.WidenLower(Vector128.CreateScalarUnsafe(packed).AsUInt16());
        var magnitude = ((x & Vector128.Create(0x7FFFu)) << 13).AsSingle() * Vector128.Create(SingleScale);
        return (magnitude.AsUInt32() | (x & Vector128.Create(0x8000u)) << 16).AsSingle();
    }

    /// <summary>Four halves packed in a ulong (the first in the low bits) as four doubles.</summary>
    public static Vector256<double> ToDoubles(ulong packed)
    {
        var x = Vector256.WidenLower(Vector128.WidenLower(Vector128.CreateScalarUnsafe(packed).AsUInt16()).ToVector256Unsafe());
        var magnitude = ((x & Vector256.Create(0x7FFFUL)) << 42).AsDouble() * Vector256.Create(DoubleScale);
        return (magnitude.AsUInt64() | (x & Vector256.Create(0x8000UL)) << 48).AsDouble();
    }
}
