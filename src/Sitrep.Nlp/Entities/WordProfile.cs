using Sitrep.Nlp.Clusters;

namespace Sitrep.Nlp.Entities;

/// <summary>
/// What unlabeled text says about one word: its <see cref="WordCluster"/> (<see cref="WordCluster.None"/>
/// when it was too rare to cluster) and its casing bucket (<see cref="WordCasing"/>; <see cref="WordProfiles.UnknownCase"/> when too rare to judge).
/// </summary>
public readonly record struct WordProfile(WordCluster Cluster, byte Case);
