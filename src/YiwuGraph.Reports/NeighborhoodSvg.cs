using System.Text;
using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>Draws a <see cref="NeighborhoodPicture"/> as inline SVG: edges as lines, nodes as labelled circles coloured by label.</summary>
public static class NeighborhoodSvg
{
    private const int LabelLength = 8;

    /// <param name="picture">The laid-out neighbourhood.</param>
    /// <param name="link">The page a node links to, or null for no link.</param>
    public static string Render(NeighborhoodPicture picture, Func<GraphNode, string?> link) =>
        Render(new StringBuilder(), picture, link).ToString();

    /// <summary>Appends the drawing to <paramref name="sb"/>.</summary>
    public static StringBuilder Render(StringBuilder sb, NeighborhoodPicture picture, Func<GraphNode, string?> link)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(picture);
        ArgumentNullException.ThrowIfNull(link);
        var f = NeighborhoodPicture.Format;
        var at = picture.Nodes.ToDictionary(n => n.Node.Key, StringComparer.Ordinal);
        var centre = picture.Nodes.FirstOrDefault(n => n.IsCentre);
        sb.Append("<svg class=\"picture\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
            .Append(f(picture.Width)).Append(' ').Append(f(picture.Height))
            .Append("\" role=\"img\" aria-label=\"Neighbourhood of ").AppendEscaped(centre?.Node.Name).Append("\">\n");
        sb.Append("<g stroke=\"#9aa3b5\" stroke-width=\"1.2\">\n");
        foreach (var edge in picture.Edges)
        {
            var a = at[edge.Source];
            var b = at[edge.Target];
            sb.Append("<line x1=\"").Append(f(a.X)).Append("\" y1=\"").Append(f(a.Y))
                .Append("\" x2=\"").Append(f(b.X)).Append("\" y2=\"").Append(f(b.Y)).Append("\"><title>")
                .AppendEscaped(a.Node.Name).Append(' ').AppendEscaped(edge.Type).Append(' ').AppendEscaped(b.Node.Name).Append("</title></line>\n");
        }

        sb.Append("</g>\n");
        foreach (var node in picture.Nodes.OrderBy(n => n.IsCentre ? 1 : 0))
        {
            var href = link(node.Node);
            if (href is not null)
            {
                sb.Append("<a href=\"").AppendEscaped(href).Append("\">");
            }

            var radius = node.IsCentre ? 14 : 9;
            sb.Append("<g class=\"node\"><circle cx=\"").Append(f(node.X)).Append("\" cy=\"").Append(f(node.Y))
                .Append("\" r=\"").Append(radius).Append("\" fill=\"").Append(Html.Colour(node.Node.Label))
                .Append("\" stroke=\"#fff\" stroke-width=\"2\"><title>").AppendEscaped(node.Node.Name).Append(" (").Append(node.Node.Label).Append(')')
                .Append("</title></circle><text x=\"").Append(f(node.X)).Append("\" y=\"").Append(f(node.Y + radius + 13))
                .Append("\" text-anchor=\"middle\"").Append(node.IsCentre ? " font-weight=\"bold\"" : string.Empty).Append('>')
                .AppendEscaped(Html.Shorten(node.Node.Name, LabelLength)).Append("</text></g>");
            sb.Append(href is null ? "\n" : "</a>\n");
        }

        return sb.Append("</svg>\n");
    }

    /// <summary>A legend for the labels that appear in the picture, in label order.</summary>
    public static string Legend(NeighborhoodPicture picture) => Legend(new StringBuilder(), picture).ToString();

    /// <summary>Appends the legend to <paramref name="sb"/>.</summary>
    public static StringBuilder Legend(StringBuilder sb, NeighborhoodPicture picture)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(picture);
        sb.Append("<p class=\"legend\">");
        foreach (var label in picture.Nodes.Select(n => n.Node.Label).Distinct().Order())
        {
            sb.Append("<span><i style=\"background:").Append(Html.Colour(label)).Append("\"></i>").Append(label).Append("</span>");
        }

        return sb.Append("</p>\n");
    }
}
