using System.CommandLine;
using System.Text;
using YiwuGraph.Core;
using YiwuGraph.Ingestion;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Cli.Commands;

/// <summary>
/// <c>yiwugraph segment [--pos] [--no-hmm] [--user-dict F] [--input F] [--output F]</c>: jieba-compatible
/// segmentation, one output line per input line (tokens joined by a space, <c>word/tag</c> with --pos). Input is
/// read as <c>build</c> reads pages (<see cref="SourceTextReader"/>); binary or undecodable input is exit 1.
/// </summary>
internal static class SegmentCommand
{
    public static Command Create()
    {
        var pos = new Option<bool>("--pos") { Description = "Tag parts of speech (word/tag), like jieba.posseg." };
        var noHmm = new Option<bool>("--no-hmm") { Description = "Do not use the HMM for unknown words (HMM=False)." };
        var userDict = new Option<FileInfo[]>("--user-dict")
        {
            Description = "A user dictionary in jieba's format (word [freq] [tag] per line); may repeat.",
            AllowMultipleArgumentsPerToken = false,
        };
        var input = new Option<FileInfo?>("--input", "-i") { Description = "Read this file (UTF-8, UTF-16 with BOM or GB18030) instead of stdin." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of stdout." };
        var command = new Command("segment", "Segment Chinese text like jieba 0.42.1, one line per input line.")
        {
            pos, noHmm, userDict, input, output,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var outputFile = parse.GetValue(output);
            var outputPath = outputFile is null ? null : OutputPaths.File("--output", outputFile.ToString());
            var segmenter = JiebaSegmenter.CreateDefault();
            foreach (var file in parse.GetValue(userDict) ?? [])
            {
                if (!file.Exists)
                {
                    throw new InputFileException(file.FullName, "user dictionary not found");
                }

                using var stream = file.OpenRead();
                segmenter = segmenter.LoadUserDictionary(stream, file.FullName);
            }

            // Read like build reads pages (UTF-8, UTF-16 with BOM, GB18030; binary refused), a line at a time so that
            // memory stays bounded on large input; opened before --output so a refused input leaves no file behind.
            var inputFile = parse.GetValue(input);
            using var reader = inputFile is null
                ? SourceTextReader.Open(Console.OpenStandardInput(), "stdin")
                : SourceTextReader.Open(inputFile.FullName);
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            using var outputTarget = outputPath is null ? null : AtomicFile.Create(outputPath);
            using var writer = new StreamWriter(outputTarget?.Stream ?? Console.OpenStandardOutput(), utf8, 1 << 16);
            writer.NewLine = "\n";
            var lineWriter = new SegmentedLineWriter(segmenter, parse.GetValue(pos), !parse.GetValue(noHmm));
            var kept = outputPath is null ? "output so far printed" : $"nothing written; {Cancellation.Unchanged(outputPath)}";
            Cancellation.Keeping(kept, cancellationToken, () =>
            {
                lineWriter.Run(reader, writer, cancellationToken);
                return 0;
            });
            // The writer owns the stream: disposing it flushes and closes the temporary file, then the commit renames it.
            writer.Dispose();
            outputTarget?.Commit();
            return Task.FromResult(CliApp.ExitOk);
        });
        return command;
    }
}
