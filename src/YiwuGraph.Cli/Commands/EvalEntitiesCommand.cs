using System.CommandLine;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Evaluation;
using YiwuGraph.Extraction.Ner;
using YiwuGraph.Extraction.Pipeline;

namespace YiwuGraph.Cli.Commands;

/// <summary>
/// <c>yiwugraph eval-entities --gold F [--format conll|cluener] [--page-sentences 40] [--errors FILE] [--tagger-only] [--lexicons DIR]</c>: builds
/// the graph of annotated news exactly as <c>build</c> does and scores its entity nodes page by page against the
/// annotated strings (<see cref="EntityGraphEvaluator"/>): how the graph does on news it was not written for.
/// <c>--errors</c> also writes, page by page, the nodes and strings the scores count as wrong; <c>--tagger-only</c>
/// scores the bare trained tagger's strings the same way instead of the graph.
/// </summary>
internal static class EvalEntitiesCommand
{
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Annotated sentences: CoNLL CHAR<TAB>TAG (BIO), or CLUENER JSON lines.", Required = true };
        var format = new Option<string?>("--format")
        {
            Description = "conll or cluener; by default cluener for .json/.jsonl files, else conll.",
        };
        format.AcceptOnlyFromAmong("conll", "cluener");
        var pageSentences = new Option<int>("--page-sentences")
        {
            Description = "CoNLL: how many sentences make one page (a blank line between sentences).",
            DefaultValueFactory = _ => 40,
        };
        var errors = new Option<FileInfo?>("--errors")
        {
            Description = "Also write each page's false positives and false negatives per type to this file (tab-separated).",
        };
        var taggerOnly = new Option<bool>("--tagger-only")
        {
            Description = "Score the bare trained tagger's strings per page instead of the graph (no news layer, rules or linking): the baseline the graph is measured against.",
        };
        var lexicons = CommonOptions.Lexicons();
        var command = new Command("eval-entities", "Score the graph's people, places and organisations against annotated news, page by page.")
        {
            gold, format, pageSentences, errors, taggerOnly, lexicons,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var goldFile = parse.GetValue(gold)!;
            var sentences = parse.GetValue(pageSentences);
            if (sentences < 1)
            {
                throw new UsageException("--page-sentences must be at least 1");
            }

            var isTaggerOnly = parse.GetValue(taggerOnly);
            if (isTaggerOnly && parse.GetValue(lexicons) is not null)
            {
                throw new UsageException("--lexicons cannot go with --tagger-only: the bare model reads only the words stored in the model file");
            }

            var lists = CommonOptions.LoadLexicons(parse.GetValue(lexicons));
            var kind = parse.GetValue(format)
                ?? (goldFile.Extension is ".json" or ".jsonl" ? "cluener" : "conll");
            var pages = kind == "cluener"
                ? EntityGoldReader.ReadCluener(goldFile.FullName)
                : EntityGoldReader.ReadConll(goldFile.FullName, sentences);
            var evaluation = isTaggerOnly
                ? EntityGraphEvaluator.ScoreTagger(pages, NerModelStore.CreateTagger(NerModelStore.Default), cancellationToken)
                : EntityGraphEvaluator.EvaluateWithErrors(pages, new CorpusGraphBuilder(null, lexicons: lists), cancellationToken);
            if (parse.GetValue(errors) is { } errorsFile)
            {
                AtomicFile.WriteAllText(errorsFile.FullName, EntityGraphEvaluator.FormatErrors(evaluation.Errors));
            }

            parse.InvocationConfiguration.Output.Write(EntityGraphEvaluator.FormatTable(evaluation.Scores));
            return Task.FromResult(CliApp.ExitOk);
        });
        return command;
    }
}
