using System.CommandLine;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Cli.Commands;

/// <summary><c>yiwugraph articles PATHS…</c>: the split articles as JSON lines, for checking the splitter.</summary>
internal static class ArticlesCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.InputPaths();
        var command = new Command("articles", "Print the articles split from pages as JSON lines.") { paths };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var reader = new CorpusReader(parse.GetValue(paths)!);
            var splitter = new ArticleSplitter(reader.DetectBanners());
            foreach (var document in reader.ReadAll())
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var article in splitter.Split(document))
                {
                    await output.WriteLineAsync(ArticleJsonWriter.ToJsonLine(article)).ConfigureAwait(false);
                }
            }

            return await SkippedReport.WriteAsync(reader.Skipped, error).ConfigureAwait(false);
        });
        return command;
    }
}
