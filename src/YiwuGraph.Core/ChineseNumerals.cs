using System.Globalization;

namespace YiwuGraph.Core;

/// <summary>
/// Reads the numbers news prints: ASCII or full-width digits with thousands separators and decimals (<c>1,200</c>,
/// <c>３．５</c>), Chinese numerals (<c>三</c>, <c>十二</c>, <c>两百零五</c>, <c>二〇〇八</c>) and both mixed with the
/// large units (<c>2.5万</c>, <c>十余万</c>'s <c>十</c>…<c>万</c>, <c>3亿</c>). Approximations (<c>余</c>, <c>多</c>, <c>近</c>)
/// are the caller's to read: this reads only the number.
/// </summary>
public static class ChineseNumerals
{
    /// <summary>The characters a number may be written with: digits, Chinese numerals, 十百千万亿 and a decimal point.</summary>
    public static bool IsNumeralChar(char c) =>
        IsDigit(c) || DigitValue(c) >= 0 || SmallUnit(c) > 0 || LargeUnit(c) > 0 || c is '.' or '．';

    /// <summary>
    /// The value of <paramref name="text"/> when the whole of it is one number; false otherwise. <c>两</c> counts as two,
    /// <c>〇</c> and <c>零</c> as zero; numerals without 十百千 (<c>二〇〇八</c>) are read digit by digit, as a year is.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        text = text.Trim();
        double total = 0;
        double current = 0;
        var any = false;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var unit = i < text.Length ? LargeUnit(text[i]) : 0;
            if (i < text.Length && unit == 0)
            {
                continue;
            }

            var part = text[start..i];
            if (!part.IsEmpty)
            {
                if (!TryParseSmall(part, out var small))
                {
                    return false;
                }

                current += small;
                any = true;
            }

            if (i == text.Length)
            {
                break;
            }

            if (!any)
            {
                // 万人: a unit with no number before it.
                return false;
            }

            // 3亿2000万 = 3×10⁸ + 2000×10⁴; 3万亿 = 3×10¹²: 亿 scales everything before it, 万 only the part since the last unit.
            if (unit >= 1e8)
            {
                total = (total + current) * unit;
            }
            else
            {
                total += current * unit;
            }

            current = 0;
            start = i + 1;
        }

        if (!any)
        {
            return false;
        }

        value = total + current;
        return true;
    }

    /// <summary>A number below ten thousand: digits (with separators and a decimal point) or Chinese numerals with 十百千.</summary>
    private static bool TryParseSmall(ReadOnlySpan<char> part, out double value)
    {
        value = 0;
        if (part.IsEmpty)
        {
            return false;
        }

        if (IsDigit(part[0]))
        {
            Span<char> ascii = stackalloc char[part.Length];
            var n = 0;
            foreach (var c in part)
            {
                if (IsDigit(c))
                {
                    ascii[n++] = (char)('0' + (int)char.GetNumericValue(c));
                }
                else if (c is '.' or '．')
                {
                    ascii[n++] = '.';
                }
                else if (c is not (',' or '，'))
                {
                    return false;
                }
            }

            return double.TryParse(ascii[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        // 二〇〇八: numerals without 十百千 are read digit by digit.
        var hasSmallUnit = false;
        foreach (var c in part)
        {
            if (SmallUnit(c) > 0)
            {
                hasSmallUnit = true;
            }
            else if (DigitValue(c) < 0)
            {
                return false;
            }
        }

        if (!hasSmallUnit)
        {
            foreach (var c in part)
            {
                value = (value * 10) + DigitValue(c);
            }

            return true;
        }

        double section = 0;
        double digit = -1;
        foreach (var c in part)
        {
            var d = DigitValue(c);
            if (d >= 0)
            {
                digit = d;
                continue;
            }

            var unit = SmallUnit(c);
            // 十二 = 12: a unit with no digit before it counts once.
            section += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }

        value = section + (digit < 0 ? 0 : digit);
        return true;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    private static int DigitValue(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static int SmallUnit(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => 0,
    };

    private static double LargeUnit(char c) => c switch
    {
        '万' => 1e4,
        '亿' => 1e8,
        _ => 0,
    };
}
