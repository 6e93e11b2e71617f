using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MotCua.Domain.Surveys;
using MotCua.TestSupport.Surveys;

namespace MotCua.Domain.Tests.Surveys;

public class SurveyFormTests
{
    private static SurveyFormResult Parse(params (string Name, string Value)[] fields) =>
        SurveyForm.Parse(SurveySamples.Bytes(fields), SurveySamples.Catalog);

    private static (string Name, string Value)[] With(string name, string value) =>
        [.. SurveySamples.Valid().Where(f => f.Name != name), (name, value)];

    [Fact]
    public void A_complete_answer_becomes_an_answer_with_every_field()
    {
        var result = Parse(SurveySamples.Valid(clientId: "Abc_def-0123456789"));

        Assert.Empty(result.Errors);
        var answer = Assert.IsType<SurveyAnswer>(result.Answer);
        Assert.Equal("tp-cao-bang", answer.Unit);
        Assert.Equal("quay-1", answer.Counter);
        Assert.Equal(1, answer.Option);
        Assert.Equal(["thai-do", "huong-dan"], answer.Reasons);
        Assert.Equal("Cán bộ hướng dẫn tận tình.", answer.Comment);
        Assert.Equal(SurveySamples.Procedure, answer.Procedure);
        Assert.Equal("Abc_def-0123456789", answer.ClientId);
        Assert.False(answer.HoneypotFilled);
    }

    [Fact]
    public void Only_the_option_and_counter_are_required()
    {
        var result = Parse(("counter", SurveySamples.Counter), ("option", "2"));

        Assert.Equal(2, result.Answer?.Option);
        Assert.Equal("", result.Answer?.Comment);
        Assert.Empty(result.Answer!.Reasons);
    }

    [Theory]
    [InlineData("counter", "tp-cao-bang/quay-9")]
    [InlineData("counter", "")]
    [InlineData("counter", "phuong-x/quay-1")]
    [InlineData("option", "3")]
    [InlineData("option", "-1")]
    [InlineData("option", "01")]
    [InlineData("option", "")]
    [InlineData("procedure", "tp-cao-bang/ho-tich/khong-co")]
    [InlineData("client_id", "short")]
    [InlineData("client_id", "has spaces in it 123")]
    [InlineData("comment", "nul\0byte")]
    [InlineData("comment", "abc\u202Eevil")]
    [InlineData("comment", "\u2067isolate\u2069")]
    [InlineData("comment", "bell\u0007")]
    public void A_bad_field_is_refused_with_a_message_for_that_field(string field, string value)
    {
        var result = Parse(With(field, value));

        Assert.Null(result.Answer);
        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.Field);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Theory]
    [InlineData(SurveyLimits.MinClientIdLength - 1, false)]
    [InlineData(SurveyLimits.MinClientIdLength, true)]
    [InlineData(SurveyLimits.MaxClientIdLength, true)]
    [InlineData(SurveyLimits.MaxClientIdLength + 1, false)]
    public void A_client_id_is_taken_only_within_its_length_limits(int length, bool taken)
    {
        var clientId = string.Concat(Enumerable.Repeat("aZ09_-", length))[..length];

        var result = Parse(SurveySamples.Valid(clientId: clientId));

        Assert.Equal(taken, result.Answer?.ClientId == clientId);
        Assert.Equal(taken, result.Errors.Count == 0);
    }

    [Theory]
    [InlineData("01234567\n89abcdef")]
    [InlineData("0123456789abcdéf")]
    [InlineData("0123456789abcdef.")]
    public void A_client_id_with_a_letter_outside_the_set_is_refused(string clientId)
    {
        var result = Parse(SurveySamples.Valid(clientId: clientId));

        Assert.Null(result.Answer);
        Assert.Equal("client_id", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void A_procedure_of_another_unit_is_refused()
    {
        var result = Parse(("counter", "phuong-quan-thanh/quay-1"), ("option", "0"), ("procedure", SurveySamples.Procedure));

        Assert.Equal("procedure", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void An_unknown_reason_is_refused_and_known_ones_are_kept_for_the_form()
    {
        var result = Parse([.. SurveySamples.Valid(), ("reasons", "hoi-lo")]);

        Assert.Equal("reasons", Assert.Single(result.Errors).Field);
        Assert.Contains("thai-do", result.Values.Reasons);
    }

    [Fact]
    public void Repeated_reasons_are_stored_once_in_display_order()
    {
        var result = Parse(("counter", SurveySamples.Counter), ("option", "0"), ("reasons", "co-so-vat-chat"), ("reasons", "thai-do"), ("reasons", "co-so-vat-chat"));

        Assert.Equal(["thai-do", "co-so-vat-chat"], result.Answer!.Reasons);
    }

    [Fact]
    public void Two_different_values_for_one_field_are_refused()
    {
        var result = Parse([.. SurveySamples.Valid(), ("option", "2")]);

        Assert.Equal("option", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void A_filled_honeypot_still_gives_an_answer_marked_as_filled()
    {
        var result = Parse(With("website", "http://spam.example"));

        Assert.True(result.Answer?.HoneypotFilled);
    }

    [Fact]
    public void A_comment_typed_in_NFD_is_stored_in_NFC()
    {
        var result = Parse(With("comment", "Nguye\u0302\u0303n"));

        Assert.Equal("Nguy\u1EC5n", result.Answer?.Comment);
    }

    [Fact]
    public void A_body_over_four_kilobytes_is_refused()
    {
        var body = Encoding.ASCII.GetBytes(SurveySamples.Body(SurveySamples.Valid()) + "&x=" + new string('a', SurveyLimits.MaxBodyBytes));

        var result = SurveyForm.Parse(body, SurveySamples.Catalog);

        Assert.Equal("form", Assert.Single(result.Errors).Field);
    }

    [Theory]
    [InlineData("counter=tp-cao-bang%2Fquay-1&option=1&comment=%FF")]
    [InlineData("counter=tp-cao-bang%2Fquay-1&option=1&comment=%ED%A0%80")]
    public void A_body_that_is_not_UTF8_is_refused(string body)
    {
        var result = SurveyForm.Parse(Encoding.ASCII.GetBytes(body), SurveySamples.Catalog);

        Assert.Equal("form", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Plus_signs_and_stray_percent_signs_decode_as_browsers_do()
    {
        var result = SurveyForm.Parse(Encoding.ASCII.GetBytes("counter=tp-cao-bang%2Fquay-1&option=1&comment=100%+t%E1%BB%91t%zz"), SurveySamples.Catalog);

        Assert.Equal("100% tốt%zz", result.Answer?.Comment);
    }

    [Fact]
    public void A_refused_form_keeps_what_was_typed_but_not_a_malformed_client_id()
    {
        var result = Parse(("counter", SurveySamples.Counter), ("option", "9"), ("comment", "Chờ lâu <b>quá</b>"), ("client_id", "bad id"), ("procedure", SurveySamples.Procedure));

        Assert.Null(result.Answer);
        Assert.Equal("9", result.Values.Option);
        Assert.Equal("Chờ lâu <b>quá</b>", result.Values.Comment);
        Assert.Equal(SurveySamples.Procedure, result.Values.Procedure);
        Assert.Equal("", result.Values.ClientId);
    }

    [Fact]
    public void No_body_ever_makes_parsing_throw_and_every_accepted_answer_keeps_the_rules()
    {
        Prop.ForAll(Arb.From(SurveyBodies.Any()), body =>
        {
            var result = SurveyForm.Parse(body, SurveySamples.Catalog);
            if (result.Answer is not { } a)
            {
                return result.Errors.Count > 0;
            }

            var problems = SurveyInvariants.Problems(SurveySamples.Catalog, a.Unit, a.Counter, a.Option, string.Join(',', a.Reasons), a.Comment, a.Procedure, a.ClientId);
            return problems.Count == 0 && result.Errors.Count == 0;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }
}
