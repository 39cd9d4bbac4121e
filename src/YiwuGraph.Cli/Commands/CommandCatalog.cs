using System.CommandLine;

namespace YiwuGraph.Cli.Commands;

/// <summary>Every verb of the CLI, one small command class each. Add a verb here with one line.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> CreateAll()
    {
        yield return BuildCommand.Create();
        yield return MergeCommand.Create();
        yield return ArticlesCommand.Create();
        yield return SegmentCommand.Create();
        yield return LoadCommand.Create();
        yield return ExportCommand.Create();
        yield return ReportCommand.Create();
        yield return StatsCommand.Create();
        yield return PathCommand.Create();
        yield return NeighborsCommand.Create();
        yield return TrainNerCommand.Create();
        yield return NerCommand.Create();
        yield return EvalNerCommand.Create();
        yield return EvalEntitiesCommand.Create();
        yield return EvalEventsCommand.Create();
        yield return TrainEventsCommand.Create();
    }
}
