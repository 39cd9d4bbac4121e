using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>Headings of profile sections, per relationship type and direction, in the order they are shown.</summary>
internal static class SectionHeadings
{
    private static readonly (string Type, bool Outgoing, string Heading)[] Ordered =
    [
        (RelationshipTypes.HoldsPosition, true, "Positions held · 职务"),
        (RelationshipTypes.HoldsPosition, false, "Office holders · 任职人员"),
        (RelationshipTypes.ParticipatedIn, true, "Events taken part in · 参与活动"),
        (RelationshipTypes.HeldAt, true, "Held at · 地点"),
        (RelationshipTypes.Organized, false, "Organised by · 主办"),
        (RelationshipTypes.ParticipatedIn, false, "Participants · 参与者"),
        (RelationshipTypes.Organized, true, "Events organised · 主办活动"),
        (RelationshipTypes.HeldAt, false, "Events held here · 举办活动"),
        (RelationshipTypes.LocatedIn, true, "Located in · 位于"),
        (RelationshipTypes.LocatedIn, false, "Organisations located here · 驻地机构"),
        (RelationshipTypes.PartOf, true, "Part of · 隶属"),
        (RelationshipTypes.PartOf, false, "Parts · 下辖"),
        (RelationshipTypes.SignedWith, true, "Agreements signed with · 签约"),
        (RelationshipTypes.SignedWith, false, "Agreements signed by · 签约方"),
        (RelationshipTypes.Reported, true, "Events reported · 报道事件"),
        (RelationshipTypes.Reported, false, "Reported by · 消息来源"),
        (RelationshipTypes.ReportedIn, true, "Source articles · 报道"),
        (RelationshipTypes.Wrote, true, "Articles written · 撰稿"),
        (RelationshipTypes.Mentions, false, "Mentioned in · 提及"),
    ];

    /// <summary>The position of a section in the page and its heading; unknown types go last, by name.</summary>
    public static (int Order, string Id, string Heading) For(string type, bool outgoing)
    {
        for (var i = 0; i < Ordered.Length; i++)
        {
            if (Ordered[i].Type == type && Ordered[i].Outgoing == outgoing)
            {
                return (i, Id(type, outgoing), Ordered[i].Heading);
            }
        }

        return (Ordered.Length, Id(type, outgoing), outgoing ? type : $"{type} (incoming)");
    }

    private static string Id(string type, bool outgoing) => (outgoing ? "out-" : "in-") + type.ToLowerInvariant().Replace('_', '-');
}
