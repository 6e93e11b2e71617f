using System.Text;
using MotCua.Domain.Qr;

namespace MotCua.Domain.Tests.Qr;

public sealed class Crc32Tests
{
    [Fact]
    public void The_check_value_of_the_standard_test_string_is_cbf43926()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void Appending_in_pieces_gives_the_same_crc_as_one_pass()
    {
        var data = Encoding.ASCII.GetBytes("IHDR and then some pixels");

        Assert.Equal(Crc32.Compute(data), Crc32.Append(Crc32.Compute(data.AsSpan(0, 4)), data.AsSpan(4)));
    }

    [Fact]
    public void The_crc_of_nothing_is_zero()
    {
        Assert.Equal(0u, Crc32.Compute([]));
    }
}
