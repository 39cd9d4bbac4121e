using System.CommandLine;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Cli.Commands;

/// <summary>
/// <c>yiwugraph train-ner --train F [--train G …] --dev F --out MODEL</c>: trains the character tagger (averaged
/// perceptrons, fixed seeds) on the training files in order and prints dev F1 after every epoch. With the command
/// in the NER README it rebuilds the shipped model byte for byte.
/// </summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var train = new Option<FileInfo[]>("--train") { Description = "Training data, repeatable: CHAR<TAB>TAG lines (BIO or BIOES, blank line between sentences) or CLUENER JSON lines, read in the order given.", Required = true };
        var dev = new Option<FileInfo?>("--dev") { Description = "Development data in either format; dev F1 is printed per epoch." };
        var skipLast = new Option<int>("--skip-last") { Description = "Leave out the last N sentences of every CLUENER training file (1000 keeps CLUENER's dev part out of training)." };
        var addresses = new Option<CluenerAddresses>("--cluener-address") { Description = "CLUENER address spans as LOC: Whole (as annotated, default) or Split at place boundaries as MSRA marks them.", DefaultValueFactory = _ => CluenerAddresses.Whole };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model.", Required = true };
        var defaults = new NerTrainerOptions();
        var epochs = new Option<int>("--epochs") { Description = $"Training passes (default {defaults.Epochs}).", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<int>("--seed") { Description = $"Shuffling seed (default {defaults.Seed}).", DefaultValueFactory = _ => defaults.Seed };
        var runs = new Option<int>("--runs") { Description = $"Perceptrons trained on different shuffles and mixed into one model (default {defaults.Runs}).", DefaultValueFactory = _ => defaults.Runs };
        var threads = new Option<int>("--threads") { Description = "Runs trained at once (default: the number of cores); the model does not depend on it.", DefaultValueFactory = _ => defaults.Threads };
        var partial = new Option<bool>("--cluener-partial") { Description = "Do not punish entities predicted on the O characters of CLUENER sentences (it marks some mentions only)." };
        var ownFeatures = new Option<bool>("--cluener-own-features") { Description = "Give CLUENER sentences a copy of every feature of their own, left out of the model, to absorb where CLUENER's conventions differ from MSRA's." };
        var prune = new Option<float>("--prune") { Description = $"Drop features whose largest absolute mixed weight is below this (default {defaults.PruneThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}); higher is smaller and faster.", DefaultValueFactory = _ => defaults.PruneThreshold };
        var noWords = new Option<bool>("--no-words") { Description = "Do not use jieba word and POS features (faster tagging, lower F1)." };
        var unlabelled = new Option<FileInfo[]>("--unlabelled") { Description = "Raw text files (one sentence or paragraph per line) that add to the training text when learning character classes.", AllowMultipleArgumentsPerToken = true };
        var charClasses = new Option<FileInfo?>("--char-classes") { Description = "Pretrained character classes (character<TAB>class lines, e.g. src/YiwuGraph.Extraction/Ner/Data/lac-char-classes.tsv) added beside the learned ones and stored in the model." };
        var charClassLevels = new Option<int[]>("--char-class-levels") { Description = "Which columns of the --char-classes file to use, 1-based (e.g. 2 for the 512 classes of lac-char-classes.tsv alone; default all).", AllowMultipleArgumentsPerToken = true };
        var charClassTemplates = new Option<ClassTemplates[]>("--char-class-templates") { Description = "Feature templates of the --char-classes levels (default all eight): M2 M1 C0 P1 P2 (the class at -2 … +2), M1C0 C0P1 (bigrams), M1C0P1 (trigram).", AllowMultipleArgumentsPerToken = true };
        var charClassesShared = new Option<bool>("--char-classes-shared-only") { Description = "With --cluener-own-features: the --char-classes features of CLUENER sentences fire in the shared copy only, not in CLUENER's own copies." };
        var charClassesMsra = new Option<bool>("--char-classes-msra-only") { Description = "The --char-classes features fire on the complete (MSRA) sentences only, not at all on CLUENER sentences; tagging fires them on every sentence." };
        var command = new Command("train-ner", "Train the NER tagger on CoNLL-style character data.") { train, dev, skipLast, addresses, output, epochs, seed, runs, threads, prune, noWords, partial, ownFeatures, unlabelled, charClasses, charClassLevels, charClassTemplates, charClassesShared, charClassesMsra };
        command.SetAction((parse, cancellationToken) =>
        {
            var log = parse.InvocationConfiguration.Output;
            var epochCount = parse.GetValue(epochs);
            if (epochCount < 1)
            {
                throw new UsageException("--epochs must be at least 1");
            }

            if (parse.GetValue(runs) < 1 || parse.GetValue(threads) < 1)
            {
                throw new UsageException("--runs and --threads must be at least 1");
            }

            if (!(parse.GetValue(prune) >= 0))
            {
                throw new UsageException("--prune must be a number of at least 0");
            }

            if (parse.GetValue(skipLast) < 0)
            {
                throw new UsageException("--skip-last must not be negative");
            }

            // Options are checked before the data is read, so a typo costs no parse of a 13 MB file.
            var outFile = parse.GetValue(output)!;
            var outPath = OutputPaths.File("--out", outFile.ToString());
            var classesFile = parse.GetValue(charClasses);
            if (classesFile is not null && !classesFile.Exists)
            {
                throw new InputFileException(classesFile.FullName, "file not found");
            }

            var levels = parse.GetValue(charClassLevels) ?? [];
            var templates = (parse.GetValue(charClassTemplates) ?? []).Aggregate(ClassTemplates.None, (set, t) => set | t);
            if ((levels.Length > 0 || templates != ClassTemplates.None) && classesFile is null)
            {
                throw new UsageException("--char-class-levels and --char-class-templates need --char-classes");
            }

            if (parse.GetValue(charClassesShared) && (classesFile is null || !parse.GetValue(ownFeatures)))
            {
                throw new UsageException("--char-classes-shared-only needs --char-classes and --cluener-own-features");
            }

            if (parse.GetValue(charClassesMsra) && (classesFile is null || parse.GetValue(charClassesShared)))
            {
                throw new UsageException("--char-classes-msra-only needs --char-classes and excludes --char-classes-shared-only");
            }

            var pretrained = classesFile is null ? null : CharClassFile.Read(classesFile.FullName);
            if (pretrained is not null && levels.Length > 0)
            {
                if (levels.Any(level => level < 1 || level > pretrained.Levels) || levels.Distinct().Count() != levels.Length)
                {
                    throw new UsageException($"--char-class-levels takes distinct columns 1..{pretrained.Levels} of {classesFile!.Name}");
                }

                pretrained = pretrained.SelectLevels([.. levels.Select(level => level - 1)]);
            }

            if (pretrained is not null && templates != ClassTemplates.None)
            {
                pretrained = pretrained.WithTemplates((byte)templates);
            }

            var corpus = new NerCorpusOptions
            {
                SkipLastCluener = parse.GetValue(skipLast),
                Addresses = parse.GetValue(addresses),
                IsPlaceName = NerLexicons.IsGazetteerPlaceName(PlaceGazetteer.Default),
            };
            var trainSentences = new List<NerSentence>();
            foreach (var file in parse.GetValue(train)!)
            {
                var sentences = NerCorpusReader.ReadAnnotatedFile(file.FullName, corpus);
                log.WriteLine($"train: {sentences.Count} sentences from {file.Name}");
                trainSentences.AddRange(sentences);
            }

            var devFile = parse.GetValue(dev);
            // A dev file is scored as annotated: its CLUENER addresses stay whole and nothing is skipped.
            var devSentences = devFile is null ? null : NerCorpusReader.ReadAnnotatedFile(devFile.FullName);
            log.WriteLine($"train: {trainSentences.Count} sentences; dev: {devSentences?.Count ?? 0} sentences");
            var options = new NerTrainerOptions
            {
                Epochs = epochCount,
                Seed = parse.GetValue(seed),
                Runs = parse.GetValue(runs),
                Threads = parse.GetValue(threads),
                PruneThreshold = parse.GetValue(prune),
                WordAnnotator = parse.GetValue(noWords) ? null : JiebaWordAnnotator.Default,
                PartialOutside = parse.GetValue(partial),
                CorpusOwnFeatures = parse.GetValue(ownFeatures),
                PretrainedClassesSharedOnly = parse.GetValue(charClassesShared),
                PretrainedClassesCompleteOnly = parse.GetValue(charClassesMsra),
                UnlabelledText = ReadUnlabelled(parse.GetValue(unlabelled) ?? []),
                PretrainedClasses = pretrained,
                Log = log,
                Cancellation = cancellationToken,
            };
            var model = new NerTrainer(options).Train(trainSentences, devSentences, NerLexicons.BaseLexicon(PlaceGazetteer.Default, Extraction.Lexicons.LexiconSet.Default));
            AtomicFile.Write(outPath, model.Save);

            log.WriteLine($"model written to {outFile.FullName} ({new FileInfo(outFile.FullName).Length:N0} bytes)");
            if (devSentences is not null)
            {
                var tagger = NerModelStore.CreateTagger(model);
                log.WriteLine("dev scores of the saved (quantized) model:");
                log.Write(NerTrainer.Evaluate(tagger, devSentences).FormatTable());
            }

            return Task.FromResult(CliApp.ExitOk);
        });
        return command;
    }

    private static List<string> ReadUnlabelled(FileInfo[] files)
    {
        var lines = new List<string>();
        foreach (var file in files)
        {
            if (!file.Exists)
            {
                throw new InputFileException(file.FullName, "file not found");
            }

            lines.AddRange(File.ReadLines(file.FullName).Where(line => line.Length > 0));
        }

        return lines;
    }
}
