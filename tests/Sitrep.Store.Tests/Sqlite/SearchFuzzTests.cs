using Sitrep.Store.Sqlite;
using Sitrep.Tests.Fuzzing;
using Xunit;

namespace Sitrep.Store.Tests.Sqlite;

/// <summary>
/// A fixed slice of the fuzz campaign over search queries (bench task `fuzz`, reader "query"): the same grammar,
/// seeds and mutations, the same campaign seed, so CI runs the first inputs the campaign runs. Every query must
/// search without an exception: a MATCH expression FTS5 rejects is a crash for the user.
/// </summary>
public sealed class SearchFuzzTests : IDisposable
{
    private const int Inputs = 500;

    private readonly SearchFuzzReader _search = new();

    public void Dispose() => _search.Dispose();

    [Fact]
    public void Generated_and_mutated_queries_search_without_an_error()
    {
        for (int i = 0; i < Inputs; i++)
        {
            var input = _search.Reader.Generate(seed: 20261207, i);
            var ex = Record.Exception(() => _search.Reader.Read(input));
            Assert.True(ex is null, $"query input {i} ({input.Generator}): {ex}");
        }
    }

    [Theory]
    [InlineData("kabul\0airport", "\"kabul\" \"airport\"")]
    [InlineData("\"kabul\0airport\"", "\"kabul airport\"")]
    [InlineData("\0", null)]
    public void A_nul_in_the_query_separates_words(string query, string? expected)
    {
        // SQLite reads a MATCH string up to its first NUL: "\"kabul\0...\"" was an unterminated string, a syntax error.
        Assert.Equal(expected, FtsQuery.ToMatchExpression(query));
    }
}
