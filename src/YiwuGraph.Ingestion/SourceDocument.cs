namespace YiwuGraph.Ingestion;

/// <summary>One decoded input file. <see cref="Text"/> is stored once; every later offset points into it.</summary>
public sealed record SourceDocument(string Path, string Name, string Text, string EncodingName);

/// <summary>An input file that was not read, and why.</summary>
public sealed record SkippedInput(string Path, string Reason)
{
    public override string ToString() => $"{Path}: {Reason}";
}
