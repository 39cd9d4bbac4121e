namespace YiwuGraph.Core;

/// <summary>Base of every failure YiwuGraph reports on purpose; the CLI turns these into one clear line.</summary>
public class YiwuGraphException : Exception
{
    public YiwuGraphException(string message)
        : base(message)
    {
    }

    public YiwuGraphException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>An input file that cannot be read as a newspaper page (binary, empty, undecodable, malformed).</summary>
public sealed class InputFileException : YiwuGraphException
{
    public InputFileException(string path, string reason, int? line = null)
        : base(line is null ? $"{path}: {reason}" : $"{path}:{line}: {reason}")
    {
        Path = path;
        Reason = reason;
        Line = line;
    }

    public string Path { get; }

    public string Reason { get; }

    public int? Line { get; }
}

/// <summary>An embedded or user-supplied model resource that is missing or corrupt.</summary>
public sealed class ResourceLoadException : YiwuGraphException
{
    public ResourceLoadException(string resourceName, string reason, Exception? innerException = null)
        : base($"resource '{resourceName}': {reason}", innerException ?? new InvalidDataException(reason))
    {
        ResourceName = resourceName;
    }

    public string ResourceName { get; }
}

/// <summary>A malformed line in a file YiwuGraph reads back (graph.jsonl, dictionaries, gold data).</summary>
public sealed class DataFormatException : YiwuGraphException
{
    public DataFormatException(string path, int line, string reason)
        : base($"{path}:{line}: {reason}")
    {
        Path = path;
        Line = line;
        Reason = reason;
    }

    public string Path { get; }

    public int Line { get; }

    public string Reason { get; }
}
