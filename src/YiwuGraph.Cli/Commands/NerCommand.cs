using System.CommandLine;
using System.Text;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Ner;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Extraction.Recognition;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Cli.Commands;

/// <summary>
/// <c>yiwugraph ner --input F --output G [--format conll|text] [--news [--lexicons DIR]] [--model M]</c>: tags characters.
/// conll input is <c>CHAR</c> or <c>CHAR&lt;TAB&gt;TAG</c> lines, one character each, blank lines between
/// sentences (tags checked, then ignored); text input is one sentence per line. Either is read like <c>build</c>
/// reads pages (UTF-8, UTF-16 with BOM, GB18030; binary refused). A conll line of more than one character is an
/// error naming the file and line, not a sentence of one token. Output is
/// always <c>CHAR&lt;TAB&gt;TAG</c> in BIO with PER/LOC/ORG. --news reads entities as <c>build</c> does: the model
/// with its news layer (titles, suffixes, gazetteer) and the rules, decided by <see cref="MentionArbiter"/>: the
/// recognition stages of the same <see cref="NewsPipeline"/> build runs; --lexicons replaces the word lists its
/// news layer and rules read (the bare model's words are part of the model file).
/// </summary>
internal static class NerCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input", "-i") { Description = "Input file (UTF-8, UTF-16 with BOM or GB18030).", Required = true };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Output file; stdout when omitted." };
        var format = new Option<string>("--format") { Description = "Input format: conll (one CHAR or CHAR<TAB>TAG a line, blank line between sentences) or text (one sentence a line).", DefaultValueFactory = _ => "conll" };
        format.AcceptOnlyFromAmong("conll", "text");
        var news = new Option<bool>("--news") { Description = "Read entities as build does (the model's news layer and the rules, with the arbiter) rather than with the bare model." };
        var model = new Option<FileInfo?>("--model") { Description = "A model file from train-ner instead of the embedded one." };
        var lexicons = CommonOptions.Lexicons();
        lexicons.Description = "With --news: " + lexicons.Description;
        var command = new Command("ner", "Tag persons, places and organisations character by character (BIO).") { input, output, format, news, model, lexicons };
        command.SetAction((parse, cancellationToken) =>
        {
            var inputFile = parse.GetValue(input)!;
            var isText = parse.GetValue(format) == "text";
            var isNews = parse.GetValue(news);
            if (parse.GetValue(lexicons) is not null && !isNews)
            {
                throw new UsageException("--lexicons needs --news: the bare model reads only the words stored in the model file");
            }

            var lists = CommonOptions.LoadLexicons(parse.GetValue(lexicons));

            // The input is opened and its first sentence read before the model loads and --output is created: a
            // missing, binary or undecodable file, or a page of prose given as conll, fails at once and leaves no file.
            using var reader = SourceTextReader.Open(inputFile.FullName);
            using var sentences = (isText ? ReadTextLines(reader) : ConllSentenceIO.ReadTokens(reader, inputFile.FullName)).GetEnumerator();
            bool Next()
            {
                try
                {
                    return sentences.MoveNext();
                }
                catch (DataFormatException ex) when (!isText)
                {
                    // The usual cause is plain text given without --format text; say so where the error is read.
                    throw new DataFormatException(ex.Path, ex.Line, $"{ex.Reason} (for plain text, one sentence a line, use --format text)");
                }
            }

            var outputFile = parse.GetValue(output);
            var outputPath = outputFile is null ? null : OutputPaths.File("--output", outputFile.ToString());

            var more = Next();
            var tagger = NerModelStore.CreateTagger(LoadModel(parse.GetValue(model)));
            // --news reads entities as build does: the recognition stages of build's pipeline (the recognizer and the
            // rules, with the arbiter between them).
            var recognition = isNews ? NewsRecognition(tagger, lists) : null;
            var utf8 = new UTF8Encoding(false);
            using var outputTarget = outputPath is null ? null : AtomicFile.Create(outputPath);
            using var writer = new StreamWriter(outputTarget?.Stream ?? Console.OpenStandardOutput(), utf8, 1 << 16);
            writer.NewLine = "\n";
            var kept = outputPath is null ? "output so far printed" : $"nothing written; {Cancellation.Unchanged(outputPath)}";
            Cancellation.Keeping(kept, cancellationToken, () =>
            {
                while (more)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var tokens = sentences.Current;
                    var text = string.Concat(tokens);
                    var spans = recognition is null
                        ? tagger.Tag(text)
                        : ToSpans(recognition.Run(new NewsDocument(text), NewsAnnotation.Mentions).Mentions);
                    ConllSentenceIO.Write(writer, tokens, spans);
                    more = Next();
                }

                return 0;
            });
            // The writer owns the stream: disposing it flushes and closes the temporary file, then the commit renames it.
            writer.Dispose();
            outputTarget?.Commit();
            return Task.FromResult(CliApp.ExitOk);
        });
        return command;
    }

    private static NewsPipeline NewsRecognition(NerTagger tagger, Extraction.Lexicons.LexiconSet? lists)
    {
        var segmenter = Segmentation.JiebaSegmenter.CreateDefault();
        var rules = lists is null ? RuleLexicons.Default : new RuleLexicons(lists);
        return NewsPipelines.RecognitionOnly(
            new RecognizerMentionSource(new NewsEntityRecognizer(tagger, Extraction.Gazetteer.PlaceGazetteer.Default, segmenter, lexicons: lists)),
            new PatternMentionSource(segmenter, lexicons: rules),
            rules);
    }

    internal static NerModel LoadModel(FileInfo? file) => file is null ? NerModelStore.Default : NerModelStore.Load(file.FullName);

    private static IEnumerable<IReadOnlyList<string>> ReadTextLines(TextReader reader)
    {
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var tokens = new List<string>();
            var e = System.Globalization.StringInfo.GetTextElementEnumerator(line);
            while (e.MoveNext())
            {
                var element = e.GetTextElement();
                if (!string.IsNullOrWhiteSpace(element))
                {
                    tokens.Add(element);
                }
            }

            if (tokens.Count > 0)
            {
                yield return tokens;
            }
        }
    }

    private static List<NerSpan> ToSpans(IReadOnlyList<FactMention> mentions) =>
        mentions.Select(m => new NerSpan(m.Range.Start, m.Range.End, m.Kind switch
        {
            EntityKind.Person => NerEntityKind.Person,
            EntityKind.Place => NerEntityKind.Location,
            _ => NerEntityKind.Organization,
        })).ToList();
}
