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
    [InlineData("人民网", OrganizationTypes.Media)] // news sites and agencies go by their listed names
    [InlineData("路透社", OrganizationTypes.Media)]
    public void A_listed_organisation_whose_wording_gives_no_type_has_the_lists(string name, string type)
    {
        Assert.Equal(type, OrganizationTypes.Default.Classify(name));
    }

    [Theory]
    [InlineData("英国路透社", OrganizationTypes.Media)] // an agency after its country
    [InlineData("印度人民党", OrganizationTypes.Party)]
    [InlineData("中国民主建国会", OrganizationTypes.Party)] // ends in 国会, is no parliament
    [InlineData("美国参议院", OrganizationTypes.Government)]
    [InlineData("匈牙利国会", OrganizationTypes.Government)]
    [InlineData("以色列内阁", OrganizationTypes.Government)]
    [InlineData("中国驻日大使馆", OrganizationTypes.Government)]
    [InlineData("妇女救国会", OrganizationTypes.Association)]
    [InlineData("中日友协", OrganizationTypes.Association)]
    [InlineData("党校", OrganizationTypes.School)] // school endings come before the party's 党
    [InlineData("美国海军", OrganizationTypes.Government)] // a state's armed forces and courts
    [InlineData("日本海上自卫队", OrganizationTypes.Government)]
    [InlineData("北京一中院", OrganizationTypes.Government)]
    [InlineData("中国驻纽约总领馆", OrganizationTypes.Government)]
    [InlineData("科索沃解放军", OrganizationTypes.Other)] // an armed group, no state's
    [InlineData("光大证券", OrganizationTypes.Company)]
    [InlineData("纽约证券交易所", OrganizationTypes.Company)]
    [InlineData("北京饭店", OrganizationTypes.Company)]
    [InlineData("体育画报", OrganizationTypes.Media)]
    [InlineData("中国女排", OrganizationTypes.Team)] // teams by their ending, place or club
    [InlineData("国家队", OrganizationTypes.Team)]
    [InlineData("巴西队", OrganizationTypes.Team)]
    [InlineData("深圳队", OrganizationTypes.Team)]
    [InlineData("阿贾克斯队", OrganizationTypes.Team)]
    [InlineData("曼联", OrganizationTypes.Team)]
    [InlineData("美国海军陆战队", OrganizationTypes.Government)] // marines, not an e-sports 战队
    [InlineData("消防队", OrganizationTypes.Other)] // a unit named after its work
    [InlineData("中国医疗队", OrganizationTypes.Other)]
    public void Parties_legislatures_embassies_armed_forces_courts_firms_and_agencies_are_typed_by_their_ending(string name, string type)
    {
        Assert.Equal(type, OrganizationTypes.Default.Classify(name));
    }
}
