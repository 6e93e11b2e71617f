namespace MotCua.Storage.Tests;

public sealed class StorageConnectionStringTests
{
    private const string Key = StorageConnectionString.DevelopmentAccountKey;

    [Fact]
    public void Development_storage_means_the_well_known_account_on_the_default_loopback_ports()
    {
        var parsed = StorageConnectionString.Parse("UseDevelopmentStorage=true");

        Assert.Equal("devstoreaccount1", parsed.AccountName);
        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), parsed.BlobEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), parsed.TableEndpoint);
    }

    [Fact]
    public void The_full_form_uses_its_explicit_endpoints_without_trailing_slash()
    {
        var parsed = StorageConnectionString.Parse(
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};BlobEndpoint=http://127.0.0.1:41000/devstoreaccount1/;TableEndpoint=http://127.0.0.1:41002/devstoreaccount1;");

        Assert.Equal("http://127.0.0.1:41000/devstoreaccount1", parsed.BlobEndpoint.AbsoluteUri);
        Assert.Equal("http://127.0.0.1:41002/devstoreaccount1", parsed.TableEndpoint.AbsoluteUri);
    }

    [Fact]
    public void The_azure_form_derives_endpoints_from_account_protocol_and_suffix()
    {
        var parsed = StorageConnectionString.Parse($"DefaultEndpointsProtocol=https;AccountName=motcuaprod;AccountKey={Key};EndpointSuffix=core.windows.net");

        Assert.Equal("motcuaprod", parsed.AccountName);
        Assert.Equal(new Uri("https://motcuaprod.blob.core.windows.net"), parsed.BlobEndpoint);
        Assert.Equal(new Uri("https://motcuaprod.table.core.windows.net"), parsed.TableEndpoint);
    }

    [Fact]
    public void Setting_names_are_case_insensitive_and_the_suffix_defaults_to_the_public_cloud()
    {
        var parsed = StorageConnectionString.Parse($" accountname = acct ; ACCOUNTKEY={Key} ");

        Assert.Equal(new Uri("https://acct.blob.core.windows.net"), parsed.BlobEndpoint);
    }

    [Fact]
    public void Another_cloud_suffix_is_honoured()
    {
        var parsed = StorageConnectionString.Parse($"AccountName=acct;AccountKey={Key};EndpointSuffix=core.chinacloudapi.cn");

        Assert.Equal(new Uri("https://acct.table.core.chinacloudapi.cn"), parsed.TableEndpoint);
    }

    [Fact]
    public void For_development_builds_a_string_that_parses_back_to_the_same_endpoints()
    {
        var text = StorageConnectionString.ForDevelopment(new Uri("http://127.0.0.1:5000"), new Uri("http://127.0.0.1:5002"));

        var parsed = StorageConnectionString.Parse(text);

        Assert.Equal(new Uri("http://127.0.0.1:5000/devstoreaccount1"), parsed.BlobEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:5002/devstoreaccount1"), parsed.TableEndpoint);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("UseDevelopmentStorage=false", "UseDevelopmentStorage")]
    [InlineData("AccountName=a", "AccountKey")]
    [InlineData("AccountKey=abc=", "AccountName")]
    [InlineData("AccountName=a;AccountKey=not base64!", "base64")]
    [InlineData("AccountName=a;AccountKey=AAAA;DefaultEndpointsProtocol=ftp", "DefaultEndpointsProtocol")]
    [InlineData("AccountName=a;AccountKey=AAAA;BlobEndpoint=not a url", "BlobEndpoint")]
    [InlineData("AccountName=a;AccountName=b;AccountKey=AAAA", "twice")]
    [InlineData("garbage", "malformed")]
    public void Malformed_strings_fail_with_a_message_naming_the_problem(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => StorageConnectionString.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_key_is_never_echoed_in_the_error()
    {
        const string secret = "s3cr3t-not-base64!!";

        var error = Assert.Throws<FormatException>(() => StorageConnectionString.Parse($"AccountName=a;AccountKey={secret}"));

        Assert.DoesNotContain(secret, error.Message, StringComparison.Ordinal);
    }
}
