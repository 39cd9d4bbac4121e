using System.CommandLine;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Events;
using YiwuGraph.Extraction.Pipeline;

namespace YiwuGraph.Cli.Commands;

/// <summary>
/// <c>yiwugraph eval-events --gold DIR_OR_FILE --format cec|duee [--part dev|train|all] [--errors FILE] [--argument-errors FILE]</c>: builds the graph of
/// annotated news exactly as <c>build</c> does and scores its events (<see cref="EventGraphEvaluator"/>): triggers,
/// types, and time, place and participant arguments. By default only the project's dev part of the gold is scored
/// (DuEE: every <see cref="DueeReader.DevEvery"/>th line; CEC: <see cref="CecReader.IsDev"/>), the part
/// <c>train-events</c> never trains on. <c>--errors</c> also writes the false and missed events with their sentences, <c>--argument-errors</c> the found events' wrong or missed arguments.
/// </summary>
internal static class EvalEventsCommand
{
    public static Command Create()
    {
        var gold = new Option<FileSystemInfo>("--gold")
        {
            Description = "Annotated events: a DuEE JSON-lines file, or a CEC folder of XML files.", Required = true,
        };
        var format = new Option<string?>("--format") { Description = "cec or duee; by default duee for a file, cec for a folder." };
        format.AcceptOnlyFromAmong("cec", "duee");
        var part = new Option<string>("--part")
        {
            Description = "dev (the held-out part, default), train (the part train-events learns from) or all.",
            DefaultValueFactory = _ => "dev",
        };
        part.AcceptOnlyFromAmong("dev", "train", "all");
        var pages = new Option<DirectoryInfo?>("--pages") { Description = "Also write the pages built from the gold into this folder (doc-000001.txt …), to read or build them again." };
        var errors = new Option<FileInfo?>("--errors")
        {
            Description = "Also write the predicted events that overlap no annotated trigger (FP) and the annotated events none overlaps (FN), with their sentences, to this file (tab-separated).",
        };
        var argumentErrors = new Option<FileInfo?>("--argument-errors")
        {
            Description = "Also write the time, place and participant arguments of found events that differ from the annotated ones (gold and predicted texts, with the trigger's sentence) to this file (tab-separated).",
        };
        var command = new Command("eval-events", "Score the graph's events (triggers, types, time, place, participants) against annotated news.")
        {
            gold, format, part, pages, errors, argumentErrors,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var goldPath = parse.GetValue(gold)!;
            var kind = parse.GetValue(format) ?? (goldPath is DirectoryInfo ? "cec" : "duee");
            var which = parse.GetValue(part)!;
            List<EventGoldDocument> documents;
            if (kind == "duee")
            {
                var all = DueeReader.ReadFile(goldPath.FullName);
                var (train, dev) = DueeReader.Split(all);
                documents = which switch { "dev" => dev, "train" => train, _ => all };
            }
            else
            {
                var folder = CecReader.ReadFolder(goldPath.FullName);
                foreach (var skipped in folder.Skipped)
                {
                    parse.InvocationConfiguration.Error.WriteLine($"skipped {skipped.Message}");
                }

                documents = folder.Documents.Where(d => which == "all" || CecReader.IsDev(d.Id) == (which == "dev")).ToList();
            }

            if (documents.Count == 0)
            {
                // A folder without CEC's XML files (the corpus root instead of its xml/ folder) would score zeros as if measured.
                parse.InvocationConfiguration.Error.WriteLine(
                    $"yiwugraph: no annotated {kind} document in the {which} part of {goldPath.FullName}{(kind == "cec" ? " (CEC's *.xml files, e.g. ../shared/data/events/xml)" : string.Empty)}; nothing scored");
                return Task.FromResult(CliApp.ExitInputFailed);
            }

            parse.InvocationConfiguration.Output.WriteLine($"{documents.Count} documents, {documents.Sum(d => d.Events.Count)} annotated events ({kind}, {which} part)");
            var evaluation = EventGraphEvaluator.Evaluate(documents, new CorpusGraphBuilder(), cancellationToken, parse.GetValue(pages)?.FullName);
            if (parse.GetValue(errors) is { } errorsFile)
            {
                AtomicFile.WriteAllText(errorsFile.FullName, EventGraphEvaluator.FormatErrors(evaluation.Errors));
            }

            if (parse.GetValue(argumentErrors) is { } argumentErrorsFile)
            {
                AtomicFile.WriteAllText(argumentErrorsFile.FullName, EventGraphEvaluator.FormatArgumentErrors(evaluation.ArgumentErrors));
            }

            parse.InvocationConfiguration.Output.Write(EventGraphEvaluator.FormatTable(evaluation));
            return Task.FromResult(CliApp.ExitOk);
        });
        return command;
    }
}
