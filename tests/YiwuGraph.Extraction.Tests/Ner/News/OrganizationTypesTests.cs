using YiwuGraph.Extraction.Ner.News;

namespace YiwuGraph.Extraction.Tests.Ner.News;

public sealed class OrganizationTypesTests
{
    [Theory]
    [InlineData("华为", OrganizationTypes.Company)] // listed with no note: the brand is the name
    [InlineData("微软", OrganizationTypes.Company)]
    [InlineData("中国移动通信集团有限公司", OrganizationTypes.Company)] // the full name of a listed short one
    [InlineData("央视", OrganizationTypes.Media)]
    [InlineData("中国科学院", OrganizationTypes.School)] // the wording's type (院) stands; the list only fills a gap
    [InlineData("洛克兄弟", OrganizationTypes.Other)] // not listed, no ending
    public void A_listed_organisation_whose_wording_gives_no_type_has_the_lists(string name, string type)
    {
        Assert.Equal(type, OrganizationTypes.Default.Classify(name));
    }
}
