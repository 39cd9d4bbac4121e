using System.CommandLine;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Cli.Commands;

/// <summary>
/// <c>yiwugraph eval-ner --gold F [--pred G] [--model M]</c>: precision, recall and F1 per type and overall,
/// exact span match (CoNLL style). With --pred, scores that file (the output of <c>ner</c>: the same characters,
/// sentence by sentence); without it, tags the gold file's characters with the model first. The gold may also be
/// CLUENER JSON lines, read with <see cref="CluenerNerReader"/>'s type mapping. A gold file that is not
/// CHAR&lt;TAB&gt;TAG, or that names no entity, is an error (exit 1), not a table of zeros.
/// </summary>
internal static class EvalNerCommand
{
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Gold CHAR<TAB>TAG file (BIO or BIOES) or CLUENER JSON lines (types mapped to PER / LOC / ORG); it must name at least one entity.", Required = true };
        var pred = new Option<FileInfo?>("--pred") { Description = "Predicted CHAR<TAB>TAG file with the same characters; omit to tag the gold text with the model." };
        var model = new Option<FileInfo?>("--model") { Description = "A model file from train-ner instead of the embedded one." };
        var command = new Command("eval-ner", "Score NER output against gold data (exact span match).") { gold, pred, model };
        command.SetAction((parse, cancellationToken) =>
        {
            var goldFile = parse.GetValue(gold)!;
            var goldSentences = NerCorpusReader.ReadAnnotatedFile(goldFile.FullName);
            var evaluator = new NerEvaluator();
            var predFile = parse.GetValue(pred);
            if (predFile is null)
            {
                var tagger = NerModelStore.CreateTagger(NerCommand.LoadModel(parse.GetValue(model)));
                evaluator = NerTrainer.Evaluate(tagger, goldSentences);
            }
            else
            {
                var predicted = ConllNerReader.ReadFile(predFile.FullName);
                if (predicted.Count != goldSentences.Count)
                {
                    throw new InputFileException(predFile.FullName, $"has {predicted.Count} sentences, the gold file {goldSentences.Count}");
                }

                for (var i = 0; i < predicted.Count; i++)
                {
                    if (!string.Equals(predicted[i].Text, goldSentences[i].Text, StringComparison.Ordinal))
                    {
                        throw new InputFileException(predFile.FullName, $"sentence {i + 1} differs from the gold text");
                    }

                    evaluator.Add(goldSentences[i].Spans, predicted[i].Spans);
                }
            }

            parse.InvocationConfiguration.Output.Write(evaluator.FormatTable());
            return Task.FromResult(CliApp.ExitOk);
        });
        return command;
    }
}
