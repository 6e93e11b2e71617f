using System.Text;
using MotCua.Data.Codes;
using MotCua.Domain.Pages;

namespace MotCua.Data.Tests.Codes;

public sealed class CodesFileTests
{
    private const string Json = """{"codes":[{"code":"HT2K","kind":"board","unit":"u","target":"u/f","placement":"p","path":"/u/f/"},{"code":"7QXM","kind":"counter","unit":"u","target":"u/c","placement":"p","path":"/u/gop-y/c.html"}]}""";

    [Fact]
    public void The_codes_of_a_published_codes_json_are_read()
    {
        Assert.Equal(["HT2K", "7QXM"], CodesFile.CodesOf(CodesFile.Parse(Encoding.UTF8.GetBytes(Json))));
    }

    [Fact]
    public void A_gzip_stored_file_is_read_through_its_content_encoding()
    {
        var codes = CodesFile.Parse(Gzip.Compress(Encoding.UTF8.GetBytes(Json)), "gzip");

        Assert.Equal("/u/gop-y/c.html", codes.Find("7qxm")?.Path);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        Assert.Equal(2, CodesFile.Parse([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Json)]).Codes.Count);
    }

    [Theory]
    [InlineData("""{"other":1}""")]
    [InlineData("null")]
    [InlineData("{not json")]
    public void A_file_that_is_not_a_codes_json_is_a_format_error(string text)
    {
        var error = Assert.Throws<FormatException>(() => CodesFile.Parse(Encoding.UTF8.GetBytes(text)));

        Assert.Contains("tệp mã QR đã đăng codes.json", error.Message, StringComparison.Ordinal);
    }
}
