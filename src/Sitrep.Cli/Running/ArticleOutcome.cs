using Sitrep.News.Pipeline;
using Sitrep.News.Documents;

namespace Sitrep.Cli.Running;

/// <summary>What became of one input: its analysis, the error that names it, or a note (something skipped on purpose).</summary>
public sealed record ArticleOutcome(string Input, ArticleAnalysis? Analysis, string? Error, string? Note = null);
