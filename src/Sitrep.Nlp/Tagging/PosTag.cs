namespace Sitrep.Nlp.Tagging;

/// <summary>
/// The tags of one word: its Universal POS tag (UD v2: NOUN, VERB, AUX, ...) and its Penn Treebank
/// tag as UD English annotates it in the XPOS column (NN, VBD, MD, ...). Both strings are shared
/// with the model's tag set, so tagging allocates no string.
/// </summary>
public readonly record struct PosTag(string Upos, string Xpos)
{
    public override string ToString() => Upos + "/" + Xpos;
}
