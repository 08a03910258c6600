using Sitrep.Nlp.Corpora;

namespace Sitrep.Nlp.Tests.Parsing;

/// <summary>Six sentences annotated for these tests in UD English style (CoNLL-U).</summary>
public static class TinyTreebank
{
    public const string Text = """
        # sent_id = t1
        1	The	the	DET	DT	_	2	det	_	_
        2	troops	troop	NOUN	NNS	_	3	nsubj	_	_
        3	left	leave	VERB	VBD	_	0	root	_	_
        4	Kabul	Kabul	PROPN	NNP	_	3	obj	_	_
        5	.	.	PUNCT	.	_	3	punct	_	_

        # sent_id = t2
        1	Officials	official	NOUN	NNS	_	2	nsubj	_	_
        2	said	say	VERB	VBD	_	0	root	_	_
        3	the	the	DET	DT	_	4	det	_	_
        4	talks	talk	NOUN	NNS	_	5	nsubj	_	_
        5	ended	end	VERB	VBD	_	2	ccomp	_	_
        6	.	.	PUNCT	.	_	2	punct	_	_

        # sent_id = t3
        1	The	the	DET	DT	_	2	det	_	_
        2	envoy	envoy	NOUN	NN	_	3	nsubj	_	_
        3	gave	give	VERB	VBD	_	0	root	_	_
        4	the	the	DET	DT	_	5	det	_	_
        5	minister	minister	NOUN	NN	_	3	iobj	_	_
        6	a	a	DET	DT	_	7	det	_	_
        7	letter	letter	NOUN	NN	_	3	obj	_	_
        8	in	in	ADP	IN	_	9	case	_	_
        9	Doha	Doha	PROPN	NNP	_	3	obl	_	_
        10	.	.	PUNCT	.	_	3	punct	_	_

        # sent_id = t4
        1	The	the	DET	DT	_	2	det	_	_
        2	embassy	embassy	NOUN	NN	_	4	nsubj:pass	_	_
        3	was	be	AUX	VBD	_	4	aux:pass	_	_
        4	closed	close	VERB	VBN	_	0	root	_	_
        5	by	by	ADP	IN	_	7	case	_	_
        6	the	the	DET	DT	_	7	det	_	_
        7	government	government	NOUN	NN	_	4	obl:agent	_	_
        8	.	.	PUNCT	.	_	4	punct	_	_

        # sent_id = t5
        1	Fighters	fighter	NOUN	NNS	_	2	nsubj	_	_
        2	attacked	attack	VERB	VBD	_	0	root	_	_
        3	a	a	DET	DT	_	4	det	_	_
        4	convoy	convoy	NOUN	NN	_	2	obj	_	_
        5	near	near	ADP	IN	_	7	case	_	_
        6	the	the	DET	DT	_	7	det	_	_
        7	border	border	NOUN	NN	_	2	obl	_	_
        8	.	.	PUNCT	.	_	2	punct	_	_

        # sent_id = t6
        1	She	she	PRON	PRP	_	2	nsubj	_	_
        2	met	meet	VERB	VBD	_	0	root	_	_
        3	reporters	reporter	NOUN	NNS	_	2	obj	_	_
        4	and	and	CCONJ	CC	_	5	cc	_	_
        5	answered	answer	VERB	VBD	_	2	conj	_	_
        6	questions	question	NOUN	NNS	_	5	obj	_	_
        7	.	.	PUNCT	.	_	2	punct	_	_


        """;

    /// <summary>The sentences, read through <see cref="ConlluReader"/> from a temporary file.</summary>
    public static IReadOnlyList<ConlluSentence> Read()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Text.Replace("\r\n", "\n"));
            return ConlluReader.Read(path).ToList();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
