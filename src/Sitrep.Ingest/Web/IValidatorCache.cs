namespace Sitrep.Ingest.Web;

/// <summary>
/// The URLs fetched in earlier runs and their validators, so an unchanged feed costs a 304 and a feed's items
/// already fetched are not fetched again. Ingest defines it and a file implements it (<see cref="FileValidatorCache"/>),
/// because Ingest may not use Store. Implementations are thread-safe.
/// </summary>
public interface IValidatorCache
{
    /// <summary>The validators of a URL fetched before (empty when the server gave none), or null when never fetched.</summary>
    Validators? Find(Uri url);

    /// <summary>Records a successful fetch of <paramref name="url"/>.</summary>
    void Remember(Uri url, Validators validators);
}
