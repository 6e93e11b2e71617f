using MotCua.Domain.Codes;

namespace MotCua.Domain.Tests.Codes;

public sealed class PublishedCodesTests
{
    [Fact]
    public void The_codes_of_a_published_codes_json_are_read()
    {
        const string json = """{"codes":[{"code":"HT2K","kind":"board","unit":"u","target":"u/f","placement":"p","path":"/u/f/"},{"code":"7QXM","kind":"counter","unit":"u","target":"u/c","placement":"p","path":"/u/gop-y/c.html"}]}""";

        Assert.Equal(["HT2K", "7QXM"], PublishedCodes.Read(json));
    }

    [Fact]
    public void A_file_without_a_codes_list_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => PublishedCodes.Read("""{"other":1}"""));
    }
}
