using YiwuGraph.Extraction.Facts;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Facts;

public sealed class CompanyPatternsTests
{
    [Theory]
    // A verb opens the name (创办|高科技|企业), or a particle stands inside it (李建国|兼任|了|总经理): clauses, not brands.
    [InlineData("他们希望以技术入股，创办高科技企业，得到了支持。")]
    [InlineData("在困境下，李建国兼任了总经理，他采取了十几条措施。")]
    public void A_clause_before_a_company_word_or_office_is_no_company(string text)
    {
        var found = new PatternMentionSource(JiebaSegmenter.CreateDefault(), OnePageBuild.Yiwu).Find(text);
        Assert.DoesNotContain(found, m => m.FineType == "company");
    }
}
