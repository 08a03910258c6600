using Sitrep.News.Pipeline;

namespace Sitrep.Cli.Running;

/// <summary>What became of one input: its analysis, or the error that names it.</summary>
public sealed record ArticleOutcome(string Input, ArticleAnalysis? Analysis, string? Error);
