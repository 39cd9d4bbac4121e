using System.CommandLine;
using System.Globalization;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Events;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Cli.Commands;

/// <summary>
/// <c>yiwugraph train-events --duee F [--cec DIR] --out MODEL</c>: trains the event trigger labeller (BIOES
/// averaged perceptron over characters and a type classifier, fixed seed) on the train parts of DuEE-format JSON
/// lines (every <see cref="DueeReader.DevEvery"/>th line held out) and of a CEC folder (<see cref="CecReader.IsDev"/>
/// held out), then prints the saved model's scores on the held-out parts. With the command in Events/README.md it
/// rebuilds the shipped model byte for byte; with a file of one's own annotations in DuEE's format it trains a
/// model for them.
/// </summary>
internal static class TrainEventsCommand
{
    /// <summary>
    /// CEC dev incident recall / trigger precision by weight: 1: 0.562 / 0.729, 3: 0.584 / 0.723, 6: 0.607 / 0.692
    /// (DuEE dev trigger F1 0.818, 0.819, 0.817).
    /// </summary>
    private const int DefaultCecWeight = 3;

    public static Command Create()
    {
        var duee = new Option<FileInfo>("--duee") { Description = "Event annotations as DuEE JSON lines (text, event_list with event_type, trigger, trigger_start_index).", Required = true };
        var cec = new Option<DirectoryInfo?>("--cec") { Description = "A CEC folder of annotated XML files; its train part is added." };
        var devEvery = new Option<int>("--dev-every")
        {
            Description = $"Every N-th line of the DuEE file is held out as dev (default {DueeReader.DevEvery}; 0 trains on all).",
            DefaultValueFactory = _ => DueeReader.DevEvery,
        };
        var cecWeight = new Option<int>("--cec-weight")
        {
            Description = $"How many times the CEC train part's trigger sentences are read (default {DefaultCecWeight}).",
            DefaultValueFactory = _ => DefaultCecWeight,
        };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model.", Required = true };
        var defaults = new EventTriggerTrainerOptions();
        var epochs = new Option<int>("--epochs") { Description = $"Training passes (default {defaults.Epochs}).", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<int>("--seed") { Description = $"Shuffling seed (default {defaults.Seed}).", DefaultValueFactory = _ => defaults.Seed };
        var prune = new Option<float>("--prune")
        {
            Description = $"Drop character features whose tag weights are all below this in absolute value (default {defaults.PruneThreshold.ToString(CultureInfo.InvariantCulture)}; 0 keeps all); higher is smaller and faster.",
            DefaultValueFactory = _ => defaults.PruneThreshold,
        };
        var command = new Command("train-events", "Train the event trigger and argument role labellers on DuEE-format (and CEC) annotations.")
        {
            duee, cec, devEvery, cecWeight, output, epochs, seed, prune,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var log = parse.InvocationConfiguration.Output;
            var epochCount = parse.GetValue(epochs);
            var every = parse.GetValue(devEvery);
            if (epochCount < 1)
            {
                throw new UsageException("--epochs must be at least 1");
            }

            if (parse.GetValue(cecWeight) < 1)
            {
                throw new UsageException("--cec-weight must be at least 1");
            }

            if (!(parse.GetValue(prune) >= 0))
            {
                throw new UsageException("--prune must be a number of at least 0");
            }

            if (every < 0)
            {
                throw new UsageException("--dev-every must not be negative");
            }

            var outFile = parse.GetValue(output)!;
            var outPath = OutputPaths.File("--out", outFile.ToString());
            var dueeFile = parse.GetValue(duee)!;
            var all = DueeReader.ReadFile(dueeFile.FullName);
            var (dueeTrain, dueeDev) = DueeReader.Split(all, every);
            var known = TriggerSentences.KnownTriggers(dueeTrain);
            var sentences = TriggerSentences.FromDuee(dueeTrain);
            var schema = EventTypeSchema.Default;
            var roleSentences = RoleSentences.FromDuee(dueeTrain, schema);
            List<RoleSentence> cecRoleDev = [];
            var provenance = string.Create(CultureInfo.InvariantCulture,
                $"{dueeFile.Name}: {dueeTrain.Count} of {all.Count} lines (every {every}th held out)");
            List<TriggerSentence> cecDev = [];
            if (parse.GetValue(cec) is { } cecFolder)
            {
                var folder = CecReader.ReadFolder(cecFolder.FullName);
                foreach (var skipped in folder.Skipped)
                {
                    parse.InvocationConfiguration.Error.WriteLine($"skipped {skipped.Message}");
                }

                var cecTrain = folder.Documents.Where(d => !CecReader.IsDev(d.Id)).ToList();
                // The CEC train part is small beside DuEE's and holds the incident words news of accidents uses
                // (大火, 强震, 事故): its trigger sentences are read --cec-weight times (role sentences once).
                var cecSentences = TriggerSentences.FromCec(cecTrain, known);
                for (var copy = 0; copy < parse.GetValue(cecWeight); copy++)
                {
                    sentences.AddRange(cecSentences);
                }
                roleSentences.AddRange(RoleSentences.FromCec(cecTrain, known));
                cecDev = TriggerSentences.FromCec(folder.Documents.Where(d => CecReader.IsDev(d.Id)), known);
                cecRoleDev = RoleSentences.FromCec(folder.Documents.Where(d => CecReader.IsDev(d.Id)), known);
                provenance += string.Create(CultureInfo.InvariantCulture,
                    $"; CEC {cecFolder.Name}: {cecTrain.Count} of {folder.Documents.Count} documents (FNV-1a(id) % 4 != 0), triggers x{parse.GetValue(cecWeight)}");
            }

            provenance += string.Create(CultureInfo.InvariantCulture, $"; epochs {epochCount}, seed {parse.GetValue(seed)}, prune {parse.GetValue(prune)}, templates {TriggerFeatures.TemplateVersion}");
            log.WriteLine($"train: {sentences.Count} sentences ({provenance})");
            var segmenter = JiebaSegmenter.CreateDefault();
            var trainerOptions = new EventTriggerTrainerOptions
            {
                Epochs = epochCount, Seed = parse.GetValue(seed), PruneThreshold = parse.GetValue(prune), Log = log, Cancellation = cancellationToken,
            };
            var triggers = new EventTriggerTrainer(trainerOptions).Train(sentences, segmenter, provenance);
            var model = triggers.WithRoles(new EventRoleTrainer(trainerOptions).Train(roleSentences, segmenter));
            AtomicFile.Write(outPath, model.Save);
            log.WriteLine($"model written to {outFile.FullName} ({new FileInfo(outFile.FullName).Length:N0} bytes)");
            var labeller = new EventTriggerLabeller(EventModelStore.Load(outFile.FullName), segmenter);
            if (dueeDev.Count > 0)
            {
                log.WriteLine($"DuEE dev triggers: {TriggerScore.Of(labeller, TriggerSentences.FromDuee(dueeDev))}");
                log.WriteLine($"DuEE dev roles (gold triggers, arguments and proper nouns as candidates): {RoleScore.Of(labeller.Model.Roles!, RoleSentences.FromDuee(dueeDev, schema), segmenter)}");
            }

            if (cecDev.Count > 0)
            {
                log.WriteLine($"CEC dev triggers (incidents and DuEE-known words): {TriggerScore.Of(labeller, cecDev)}");
                log.WriteLine($"CEC dev places (gold triggers): {RoleScore.Of(labeller.Model.Roles!, cecRoleDev, segmenter)}");
            }

            return Task.FromResult(CliApp.ExitOk);
        });
        return command;
    }
}
