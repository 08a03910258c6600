namespace Sitrep.Store.Articles;

/// <summary>What adding an article did: stored it, or found its content id already stored.</summary>
public enum AddOutcome : byte
{
    Added,
    AlreadyStored,
}
