import ResponseCodec
import Testing

/// One input of the kind JSONTestSuite holds, written here so the suite runs without `../shared`.
struct SuiteCase: Sendable, CustomTestStringConvertible {
    /// The JSONTestSuite file this case mirrors (without `.json`).
    let name: String
    /// The input bytes.
    let input: [UInt8]
    /// The canonical text when accepted, or the code when rejected.
    let expected: Expected

    /// The decided outcome.
    enum Expected: Sendable {
        /// Accepted, with this canonical text.
        case accepts(String)
        /// Rejected with this code.
        case rejects(ResponseCodecError.Code)
    }

    /// A case whose input is the UTF-8 of `text`.
    init(_ name: String, _ text: String, _ expected: Expected) {
        self.init(name, bytes: Array(text.utf8), expected)
    }

    /// A case whose input is `bytes`.
    init(_ name: String, bytes: [UInt8], _ expected: Expected) {
        self.name = name
        self.input = bytes
        self.expected = expected
    }

    /// The mirrored file's name.
    var testDescription: String { name }

    /// The `n_` cases: not JSON, or not UTF-8. Every one must be rejected with a typed error.
    static let rejected: [SuiteCase] = [
        SuiteCase("n_structure_no_data", "", .rejects(.syntax)),
        SuiteCase("n_single_space", " ", .rejects(.syntax)),
        SuiteCase("n_array_extra_comma", #"["",]"#, .rejects(.syntax)),
        SuiteCase("n_array_just_minus", "[-]", .rejects(.syntax)),
        SuiteCase("n_array_unclosed_trailing_comma", "[1,", .rejects(.syntax)),
        SuiteCase("n_incomplete_true", "[tru]", .rejects(.syntax)),
        SuiteCase("n_structure_capitalized_True", "[True]", .rejects(.syntax)),
        SuiteCase("n_number_infinity", "[Infinity]", .rejects(.syntax)),
        SuiteCase("n_number_NaN", "[NaN]", .rejects(.syntax)),
        SuiteCase("n_number_minus_infinity", "[-Infinity]", .rejects(.syntax)),
        SuiteCase("n_number_plus_1", "[+1]", .rejects(.syntax)),
        SuiteCase("n_number_neg_int_starting_with_zero", "[-012]", .rejects(.syntax)),
        SuiteCase("n_number_with_leading_zero", "[012]", .rejects(.syntax)),
        SuiteCase("n_number_2.", "[2.]", .rejects(.syntax)),
        SuiteCase("n_number_starting_with_dot", "[.123]", .rejects(.syntax)),
        SuiteCase("n_number_0_capital_E+", "[0E+]", .rejects(.syntax)),
        SuiteCase("n_number_1.0e", "[1.0e]", .rejects(.syntax)),
        SuiteCase("n_number_hex_1_digit", "[0x1]", .rejects(.syntax)),
        SuiteCase("n_number_minus_space_1", "[- 1]", .rejects(.syntax)),
        SuiteCase("n_multidigit_number_then_00", bytes: [0x31, 0x32, 0x33, 0x00], .rejects(.syntax)),
        SuiteCase(
            "n_number_real_with_invalid_utf8_after_e", bytes: Array("[1e".utf8) + [0xE5, 0x5D],
            .rejects(.invalidUTF8)),
        SuiteCase("n_object_unquoted_key", #"{a: "b"}"#, .rejects(.syntax)),
        SuiteCase("n_object_single_quote", "{'a':0}", .rejects(.syntax)),
        SuiteCase("n_object_trailing_comment", #"{"a":"b"}/**/"#, .rejects(.syntax)),
        SuiteCase("n_object_trailing_comma", #"{"id":0,}"#, .rejects(.syntax)),
        SuiteCase("n_object_missing_colon", #"{"a" b}"#, .rejects(.syntax)),
        SuiteCase("n_object_non_string_key", "{1:1}", .rejects(.syntax)),
        SuiteCase("n_string_single_doublequote", #"""#, .rejects(.syntax)),
        SuiteCase("n_string_single_quote", "['single quote']", .rejects(.syntax)),
        SuiteCase("n_string_unescaped_tab", "[\"\t\"]", .rejects(.syntax)),
        SuiteCase("n_string_unescaped_newline", "[\"new\nline\"]", .rejects(.syntax)),
        SuiteCase(
            "n_string_unescaped_ctrl_char", bytes: [0x5B, 0x22, 0x61, 0x00, 0x61, 0x22, 0x5D],
            .rejects(.syntax)),
        SuiteCase("n_string_escape_x", #"["\x00"]"#, .rejects(.syntax)),
        SuiteCase("n_string_backslash_00", bytes: [0x5B, 0x22, 0x5C, 0x00, 0x22, 0x5D], .rejects(.syntax)),
        SuiteCase("n_string_unicode_CapitalU", #""\UA66D""#, .rejects(.syntax)),
        SuiteCase("n_string_incomplete_escaped_character", #"["\u00A"]"#, .rejects(.syntax)),
        SuiteCase("n_string_escaped_emoji", "[\"\\\u{1F300}\"]", .rejects(.syntax)),
        SuiteCase("n_string_1_surrogate_then_escape", #"["\uD800\"]"#, .rejects(.invalidUnicode)),
        SuiteCase("n_string_1_surrogate_then_escape_u1", #"["\uD800\u1"]"#, .rejects(.syntax)),
        SuiteCase(
            "n_string_incomplete_surrogate_escape_invalid", #"["\uD800\uD800\x"]"#, .rejects(.invalidUnicode)),
        SuiteCase(
            "n_string_invalid-utf-8-in-escape", bytes: Array(#"["\u"#.utf8) + [0xE5, 0x22, 0x5D],
            .rejects(.invalidUTF8)),
        SuiteCase(
            "n_string_invalid_utf8_after_escape", bytes: Array(#"["\"#.utf8) + [0xE5, 0x22, 0x5D],
            .rejects(.invalidUTF8)),
        SuiteCase("n_structure_UTF8_BOM_no_data", bytes: [0xEF, 0xBB, 0xBF], .rejects(.invalidUTF8)),
        SuiteCase("n_structure_lone-invalid-utf-8", bytes: [0xE5], .rejects(.invalidUTF8)),
        SuiteCase("n_structure_null-byte-outside-string", bytes: [0x5B, 0x00, 0x5D], .rejects(.syntax)),
        SuiteCase("n_structure_whitespace_U+2060_word_joiner", "[\u{2060}]", .rejects(.syntax)),
        SuiteCase("n_structure_whitespace_formfeed", "[\u{0C}]", .rejects(.syntax)),
        SuiteCase("n_structure_no_break_space", "\u{A0}[]", .rejects(.syntax)),
        SuiteCase("n_structure_trailing_#", #"{"a":"b"}#{}"#, .rejects(.syntax)),
        SuiteCase("n_structure_double_array", "[][]", .rejects(.syntax)),
        SuiteCase("n_structure_unclosed_array_unfinished_true", "[ false, tru", .rejects(.syntax)),
        SuiteCase("n_structure_unclosed_object", #"{"asd":"asd""#, .rejects(.syntax)),
        SuiteCase("n_structure_array_with_unclosed_string", #"["asd]"#, .rejects(.syntax)),
        SuiteCase(
            "n_structure_open_array_object", String(repeating: #"[{"":"#, count: 50_000),
            .rejects(.depthExceeded)),
        SuiteCase(
            "n_structure_100000_opening_arrays", String(repeating: "[", count: 100_000),
            .rejects(.depthExceeded)),
    ]

    /// The `y_` cases: JSON every parser must accept, with the canonical text each gets,
    /// and the two that I-JSON forbids (spec/hostile-input.md §2.1).
    static let accepted: [SuiteCase] = [
        SuiteCase("y_object_duplicated_key", #"{"a":"b","a":"c"}"#, .rejects(.duplicateKey)),
        SuiteCase("y_object_duplicated_key_and_value", #"{"a":"b","a":"b"}"#, .rejects(.duplicateKey)),
        SuiteCase("y_structure_lonely_null", "null", .accepts("null")),
        SuiteCase("y_structure_lonely_negative_real", "-0.1", .accepts("-0.1")),
        SuiteCase("y_structure_whitespace_array", " [] ", .accepts("[]")),
        SuiteCase("y_structure_trailing_newline", "[\"a\"]\n", .accepts(#"["a"]"#)),
        SuiteCase("y_object_empty_key", #"{"":0}"#, .accepts(#"{"":0}"#)),
        SuiteCase(
            "y_object_escaped_null_in_key", #"{"foo\u0000bar": 42}"#, .accepts(#"{"foo\u0000bar":42}"#)),
        SuiteCase("y_number_minus_zero", "[-0]", .accepts("[0]")),
        SuiteCase("y_number_negative_zero", "[-0.0]", .accepts("[0]")),
        SuiteCase("y_number_real_capital_e", "[1E22]", .accepts("[1e+22]")),
        SuiteCase("y_number_real_capital_e_neg_exp", "[1E-2]", .accepts("[0.01]")),
        SuiteCase("y_number_real_exponent", "[123e45]", .accepts("[1.23e+47]")),
        SuiteCase("y_number_real_fraction_exponent", "[123.456e78]", .accepts("[1.23456e+80]")),
        SuiteCase("y_number_after_space", "[ 4]", .accepts("[4]")),
        SuiteCase("y_number_int_with_exp", "[20e1]", .accepts("[200]")),
        SuiteCase("y_string_null_escape", #"["\u0000"]"#, .accepts(#"["\u0000"]"#)),
        SuiteCase("y_string_allowed_escapes", #"["\"\\\/\b\f\n\r\t"]"#, .accepts(#"["\"\\/\b\f\n\r\t"]"#)),
        SuiteCase("y_string_accepted_surrogate_pair", #"["\uD801\udc37"]"#, .accepts("[\"\u{10437}\"]")),
        SuiteCase("y_string_last_surrogates_1_and_2", #"["\uDBFF\uDFFF"]"#, .accepts("[\"\u{10FFFF}\"]")),
        SuiteCase("y_string_escaped_noncharacter", #"["\uFFFF"]"#, .accepts("[\"\u{FFFF}\"]")),
        SuiteCase("y_string_nonCharacterInUTF-8_U+FFFF", "[\"\u{FFFF}\"]", .accepts("[\"\u{FFFF}\"]")),
        SuiteCase("y_string_nonCharacterInUTF-8_U+10FFFF", "[\"\u{10FFFF}\"]", .accepts("[\"\u{10FFFF}\"]")),
        SuiteCase("y_string_u+2028_line_sep", "[\"\u{2028}\"]", .accepts("[\"\u{2028}\"]")),
        SuiteCase("y_string_unicode_U+2029_par_sep", #"["\u2029"]"#, .accepts("[\"\u{2029}\"]")),
        SuiteCase("y_string_unicode_escaped_double_quote", #"["\u0022"]"#, .accepts(#"["\""]"#)),
        SuiteCase("y_string_escaped_control_character", #"["\u0012"]"#, .accepts(#"["\u0012"]"#)),
        SuiteCase("y_string_with_del_character", "[\"a\u{7F}a\"]", .accepts("[\"a\u{7F}a\"]")),
        SuiteCase("y_string_utf8", "[\"\u{20AC}\u{1D11E}\"]", .accepts("[\"\u{20AC}\u{1D11E}\"]")),
        SuiteCase("y_string_nbsp_uescaped", #"["new\u00A0line"]"#, .accepts("[\"new\u{A0}line\"]")),
        SuiteCase(
            "y_string_uEscape", #"["\u0061\u30af\u30EA\u30b9"]"#, .accepts("[\"a\u{30AF}\u{30EA}\u{30B9}\"]")),
    ]

    /// The `i_` cases and their decisions (spec/hostile-input.md §2.2).
    static let decided: [SuiteCase] = [
        SuiteCase("i_number_double_huge_neg_exp", "[123.456e-789]", .rejects(.numberOutOfRange)),
        SuiteCase("i_number_neg_int_huge_exp", "[-1e+9999]", .rejects(.numberOutOfRange)),
        SuiteCase("i_number_real_underflow", "[123e-10000000]", .rejects(.numberOutOfRange)),
        SuiteCase(
            "i_number_huge_exp", "[0.4e" + String(repeating: "9", count: 300) + "]",
            .rejects(.numberOutOfRange)),
        SuiteCase(
            "i_number_too_big_neg_int", "[-123123123123123123123123123123]", .rejects(.numberOutOfRange)),
        SuiteCase("i_number_too_big_pos_int", "[100000000000000000000]", .accepts("[100000000000000000000]")),
        SuiteCase("i_object_key_lone_2nd_surrogate", #"{"\uDFAA":0}"#, .rejects(.invalidUnicode)),
        SuiteCase("i_string_1st_surrogate_but_2nd_missing", #"["\uDADA"]"#, .rejects(.invalidUnicode)),
        SuiteCase(
            "i_string_1st_valid_surrogate_2nd_invalid", #"["\uD888\u1234"]"#, .rejects(.invalidUnicode)),
        SuiteCase("i_string_inverted_surrogates_U+1D11E", #"["\uDd1e\uD834"]"#, .rejects(.invalidUnicode)),
        SuiteCase(
            "i_string_incomplete_surrogates_escape_valid", #"["\uD800\uD800\n"]"#, .rejects(.invalidUnicode)),
        SuiteCase(
            "i_string_UTF-16LE_with_BOM",
            bytes: [0xFF, 0xFE, 0x5B, 0x00, 0x22, 0x00, 0xE9, 0x00, 0x22, 0x00, 0x5D, 0x00],
            .rejects(.invalidUTF8)),
        SuiteCase(
            "i_string_UTF8_surrogate_U+D800", bytes: [0x5B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x5D],
            .rejects(.invalidUTF8)),
        SuiteCase(
            "i_string_not_in_unicode_range", bytes: [0x5B, 0x22, 0xF4, 0xBF, 0xBF, 0xBF, 0x22, 0x5D],
            .rejects(.invalidUTF8)),
        SuiteCase(
            "i_string_overlong_sequence_2_bytes", bytes: [0x5B, 0x22, 0xC0, 0xAF, 0x22, 0x5D],
            .rejects(.invalidUTF8)),
        SuiteCase(
            "i_string_overlong_sequence_6_bytes_null",
            bytes: [0x5B, 0x22, 0xFC, 0x80, 0x80, 0x80, 0x80, 0x80, 0x22, 0x5D], .rejects(.invalidUTF8)),
        SuiteCase("i_string_iso_latin_1", bytes: [0x5B, 0x22, 0xE9, 0x22, 0x5D], .rejects(.invalidUTF8)),
        SuiteCase(
            "i_string_utf16BE_no_BOM", bytes: [0x00, 0x5B, 0x00, 0x22, 0x00, 0xE9, 0x00, 0x22, 0x00, 0x5D],
            .rejects(.invalidUTF8)),
        SuiteCase(
            "i_structure_UTF-8_BOM_empty_object", bytes: [0xEF, 0xBB, 0xBF, 0x7B, 0x7D],
            .rejects(.invalidUTF8)),
        SuiteCase(
            "i_structure_500_nested_arrays",
            String(repeating: "[", count: 500) + String(repeating: "]", count: 500),
            .accepts(String(repeating: "[", count: 500) + String(repeating: "]", count: 500))),
    ]
}

/// The project's own copies of JSONTestSuite's hard cases, run through `canonicalize`.
@Suite("Hostile: JSONTestSuite cases")
struct JSONTestSuiteCaseTests {
    @Test("n_ inputs are rejected with the decided code", arguments: SuiteCase.rejected)
    func rejected(_ suiteCase: SuiteCase) { check(suiteCase) }

    @Test(
        "y_ inputs are accepted in canonical form, except the I-JSON exceptions",
        arguments: SuiteCase.accepted)
    func accepted(_ suiteCase: SuiteCase) { check(suiteCase) }

    @Test("i_ inputs have their decided outcome", arguments: SuiteCase.decided)
    func decided(_ suiteCase: SuiteCase) { check(suiteCase) }

    private func check(_ suiteCase: SuiteCase) {
        let outcome = Hostile.canonicalize(suiteCase.input)
        switch suiteCase.expected {
        case .accepts(let text):
            #expect(outcome.text == text, "\(suiteCase.name): \(outcome)")
        case .rejects(let code):
            #expect(outcome.code == code, "\(suiteCase.name): \(outcome)")
        }
    }
}
