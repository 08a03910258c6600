namespace Sitrep.Nlp.Parsing;

/// <summary>
/// The four transitions of the arc-eager system (Nivre 2003, 2004). Arcs are unlabelled here: the
/// parser picks a label for each new arc with a separate classifier.
/// </summary>
public enum Transition
{
    /// <summary>Moves the front of the buffer onto the stack.</summary>
    Shift,

    /// <summary>Pops the top of the stack, which must already have a head.</summary>
    Reduce,

    /// <summary>Makes the buffer front the head of the stack top (which has none yet) and pops it.</summary>
    LeftArc,

    /// <summary>Makes the stack top the head of the buffer front and pushes the buffer front.</summary>
    RightArc,
}
