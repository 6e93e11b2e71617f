using System.Text.RegularExpressions;

namespace MotCua.Domain.Surveys;

/// <summary>
/// The mask's patterns, all run on the normalised copy of a comment (at most 500 characters; none nests quantifiers,
/// and each has a timeout besides).
/// </summary>
public static partial class CommentMask
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private const int TimeoutMs = 1000;

    // Letters of any script in the local part and the domain: nguyễn@gmail.com is an address too.
    [GeneratedRegex(@"[\p{L}\p{N}_.%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}", Options, TimeoutMs)]
    private static partial Regex EmailPattern();

    // The portal's dossier number: the receiving office's code, the day (yyMMdd) and a serial, e.g. 000.00.00.H12-260701-0001.
    [GeneratedRegex(@"(?<![\p{L}\p{N}.])[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*-[0-9]{6}-[0-9]{3,6}(?![0-9])", Options, TimeoutMs)]
    private static partial Regex DossierPattern();

    // Two letters (the insured's group, e.g. DN, HT) and 13 digits, as printed on the card, spaced or not.
    [GeneratedRegex(@"(?<!\p{L})[A-Za-z]{2} ?[0-9](?:[ .\-]?[0-9]){12}(?![0-9])", Options, TimeoutMs)]
    private static partial Regex HealthInsurancePattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Za-z] ?[0-9]{7}(?![0-9])", Options, TimeoutMs)]
    private static partial Regex PassportPattern();

    // After a phrase that can only introduce a name ("tôi tên", "họ tên"), up to five words however written; after
    // "tôi là" and the like only capitalised words, since "tôi là người dân ở đây" names nobody.
    [GeneratedRegex(
        @"(?<!\p{L})(?:(?i:tôi tên là|tôi tên|tên tôi là|tên tôi|tên em là|tên em|em tên là|em tên|mình tên là|mình tên|cháu tên là|cháu tên|họ và tên|họ tên|tên là)[ ]*[:\-]?[ ]*(?<name>\p{L}+(?:[ ]+\p{L}+){0,4})" +
        @"|(?i:tôi là|em là|mình là|cháu là|con là)[ ]*[:\-]?[ ]*(?<name>\p{Lu}\p{L}*(?:[ ]+\p{Lu}\p{L}*){0,4}))",
        Options, TimeoutMs)]
    private static partial Regex NamePattern();

    // A house number (12, 12A, 12/3, 5-7) and a street word, then the street's name and further parts (ngõ 34 phố Kim Mã).
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:(?i:số nhà|nhà số|số|nhà|ngõ|ngách|hẻm|kiệt)[ ]+)?[0-9]{1,4}[A-Za-z]?(?:[/\-][0-9]{1,4}[A-Za-z]?){0,3},?[ ]+(?i:đường|phố|ngõ|ngách|hẻm|kiệt)" +
        @"(?:[ ]+(?:\p{Lu}\p{L}*|[0-9]{1,4}[A-Za-z]?(?:/[0-9]{1,4})?|(?i:đường|phố|ngõ|ngách|hẻm|kiệt))){0,6}",
        Options, TimeoutMs)]
    private static partial Regex AddressPattern();

    // A date with a four-digit year, or a two-digit one that no further digits follow (09.12.34.56.78 is a phone).
    [GeneratedRegex(
        @"(?<![0-9])(?<![0-9][ .\-])(?:(?<day>[0-9]{1,2})(?<sep>[/.\-])(?<month>[0-9]{1,2})\k<sep>[0-9]{4}(?![0-9])|(?<day>[0-9]{1,2})(?<sep>[/.\-])(?<month>[0-9]{1,2})\k<sep>[0-9]{2}(?![ .\-]?[0-9]))",
        Options, TimeoutMs)]
    private static partial Regex DatePattern();

    // The national code of a procedure (1.001193) and its local variant (2.000986.000.00.00.H12).
    [GeneratedRegex(@"(?<![0-9.])[0-9]\.[0-9]{6}(?:\.[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Za-z][0-9]{2})?(?![0-9])", Options, TimeoutMs)]
    private static partial Regex ProcedureCodePattern();

    [GeneratedRegex(@"(?<![0-9])[0-9]{1,2}[:hH][0-9]{2}(?![0-9])", Options, TimeoutMs)]
    private static partial Regex TimePattern();

    // A sum written in thousands (dots, commas or spaces) with its unit: 100.000.000 đồng, 1 500 000đ, 2.000.000 VNĐ.
    [GeneratedRegex(@"(?<![0-9])[1-9][0-9]{0,2}(?:(?<sep>[., ])[0-9]{3})(?:\k<sep>[0-9]{3})* ?(?i:đồng|vnđ|vnd|đ|triệu|tỷ|nghìn|ngàn)(?!\p{L})", Options, TimeoutMs)]
    private static partial Regex MoneyPattern();
}
