using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Extraction.Ner.News;

namespace YiwuGraph.Extraction.Tests.Ner.News;

public sealed class OrganizationUnitsTests
{
    [Theory]
    [InlineData("招商银行现金管理部", 4, false)]
    [InlineData("清华大学心理学系", 4, false)]
    [InlineData("国家体育总局宣传司", 6, false)]
    [InlineData("中国钢铁工业协会党委", 8, true)]
    [InlineData("市委宣传部", 2, false)]
    [InlineData("人民银行浙江省分行", 4, false)]
    [InlineData("中国人民银行重庆营业管理部办公室", 6, false)]
    public void A_unit_opens_with_the_body_it_is_named_after(string name, int body, bool organ)
    {
        Assert.Equal(body, OrganizationUnits.Default.BodyLength(name, out var isOrgan));
        Assert.Equal(organ, isOrgan);
    }

    [Theory]
    [InlineData("公安部")] // the unit keeps two characters: 公|安部 is no split
    [InlineData("中国科学院")] // 中国科 is no organisation name
    [InlineData("星展银行（中国）有限公司")] // a legal form, not the unit 司
    [InlineData("银行办公室")] // a bare ending is no body
    [InlineData("该公司财务部")] // a reference, not a name
    [InlineData("中国人民保险（集团）办公室")] // 中国人民保险（集团 is cut inside the brackets
    [InlineData("浙江珊瑚服饰有限公司")]
    public void Other_names_are_no_units(string name)
    {
        Assert.Equal(0, OrganizationUnits.Default.BodyLength(name, out _));
    }

    [Theory]
    [InlineData("招商银行现金管理部", OrganizationTypes.Company)]
    [InlineData("清华大学心理学系", OrganizationTypes.School)]
    [InlineData("义乌市公安局情报指挥中心", OrganizationTypes.Government)]
    [InlineData("中央电视台体育部", OrganizationTypes.Media)]
    [InlineData("中国钢铁工业协会党委", OrganizationTypes.Party)]
    [InlineData("中铁电气化局集团工会", OrganizationTypes.Association)]
    [InlineData("维克斯集团董事会", OrganizationTypes.Company)]
    [InlineData("外交部", OrganizationTypes.Government)]
    [InlineData("中共义乌市委宣传部", OrganizationTypes.Party)]
    public void A_unit_has_its_bodys_type_and_an_organ_its_own(string name, string type)
    {
        Assert.Equal(type, OrganizationTypes.Default.Classify(name));
    }

    [Fact]
    public void The_units_are_data()
    {
        var dir = Directory.CreateTempSubdirectory("yiwugraph-units-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "organization-units.tsv"), "# only departments\n部\tunit\n");
            var units = new OrganizationUnits(LexiconSet.Load(dir.FullName));

            Assert.Equal(4, units.BodyLength("招商银行现金管理部", out _));
            Assert.Equal(0, units.BodyLength("清华大学心理学系", out _));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
