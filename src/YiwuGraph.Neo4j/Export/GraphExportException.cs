using YiwuGraph.Core;

namespace YiwuGraph.Neo4j.Export;

/// <summary>A graph that cannot be written in the requested format (for example a value the format cannot hold).</summary>
public sealed class GraphExportException : YiwuGraphException
{
    public GraphExportException(string message)
        : base(message)
    {
    }
}
