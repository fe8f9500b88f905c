// Hand-written lexer over UTF-8 bytes. Numbers keep their digits and suffix; the parser/type checker
// decide the type. After a `.` token, digits are lexed as an integer only, so `t.0.1` is a field chain.
#include "lex/lexer.h"

#include <unordered_map>

#include <cstring>

namespace wr {

const char* tokSpelling(Tok t) {
  static const char* names[] = {
#define TOK(Name, Text) Text,
#include "lex/tokens.def"
  };
  return names[size_t(t)];
}

namespace {

struct Kw { const char* text; Tok tok; };
const Kw kKeywords[] = {
#define TOK(Name, Text)
#define KEYWORD(Name, Text) {Text, Tok::Name},
#include "lex/tokens.def"
};

struct Punct { const char* text; Tok tok; };
// Longest first.
const Punct kPuncts[] = {
    {"<<=", Tok::ShlEq}, {">>=", Tok::ShrEq}, {"...", Tok::DotDotDot}, {"..=", Tok::DotDotEq},
    {"::", Tok::ColonColon}, {"->", Tok::Arrow}, {"=>", Tok::FatArrow}, {"==", Tok::EqEq}, {"!=", Tok::Ne},
    {"<=", Tok::Le}, {">=", Tok::Ge}, {"&&", Tok::AmpAmp}, {"||", Tok::PipePipe}, {"+=", Tok::PlusEq},
    {"-=", Tok::MinusEq}, {"*=", Tok::StarEq}, {"/=", Tok::SlashEq}, {"%=", Tok::PercentEq},
    {"^=", Tok::CaretEq}, {"&=", Tok::AmpEq}, {"|=", Tok::PipeEq}, {"<<", Tok::Shl}, {">>", Tok::Shr},
    {"..", Tok::DotDot}, {"(", Tok::LParen}, {")", Tok::RParen}, {"{", Tok::LBrace}, {"}", Tok::RBrace},
    {"[", Tok::LBracket}, {"]", Tok::RBracket}, {",", Tok::Comma}, {";", Tok::Semi}, {":", Tok::Colon},
    {".", Tok::Dot}, {"#", Tok::Pound}, {"!", Tok::Bang}, {"?", Tok::Question}, {"@", Tok::At},
    {"$", Tok::Dollar}, {"+", Tok::Plus}, {"-", Tok::Minus}, {"*", Tok::Star}, {"/", Tok::Slash},
    {"%", Tok::Percent}, {"^", Tok::Caret}, {"&", Tok::Amp}, {"|", Tok::Pipe}, {"=", Tok::Eq},
    {"<", Tok::Lt}, {">", Tok::Gt},
};

bool isIdentStart(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80; }
bool isIdentCont(uint32_t c) { return isIdentStart(c) || (c >= '0' && c <= '9'); }

class Lexer {
 public:
  Lexer(const SourceMap& sm, uint32_t file, Interner& in, DiagnosticBag& d)
      : src_(sm.file(file).text), file_(file), in_(in), diags_(d) {}

  std::vector<Token> run() {
    std::vector<Token> out;
    out.reserve(src_.size() / 3 + 8);
    bool space = true;
    while (true) {
      size_t before = pos_;
      skipTrivia();
      space = space || pos_ != before;
      if (pos_ >= src_.size()) break;
      size_t startPos = pos_;
      Token t = next(out.empty() ? Tok::Eof : out.back().kind);
      if (pos_ == startPos) {  // defensive: every token consumes input, whatever the bytes
        diags_.report(DiagKind::UnknownStartOfToken, span(pos_, pos_ + 1), {"invalid UTF-8 byte"});
        ++pos_;
        continue;
      }
      t.precededBySpace = space;
      space = false;
      if (t.kind == Tok::Error) continue;  // reported by the lexer; the parser never sees it
      out.push_back(std::move(t));
    }
    Token eof;
    eof.kind = Tok::Eof;
    eof.span = Span{file_, uint32_t(src_.size()), uint32_t(src_.size())};
    out.push_back(eof);
    return out;
  }

 public:
  bool hitEofInError = false;

 private:
  const std::string& src_;
  uint32_t file_;
  Interner& in_;
  DiagnosticBag& diags_;
  size_t pos_ = 0;

  Span span(size_t lo, size_t hi) const { return Span{file_, uint32_t(lo), uint32_t(hi)}; }
  uint8_t at(size_t i) const { return i < src_.size() ? uint8_t(src_[i]) : 0; }

  // Decodes one UTF-8 code point at `i`; sets `len`. Invalid bytes decode as U+FFFD with len 1.
  uint32_t decode(size_t i, size_t& len) const {
    uint8_t c = at(i);
    if (c < 0x80) { len = 1; return c; }
    int n = (c >= 0xF0) ? 3 : (c >= 0xE0) ? 2 : (c >= 0xC0) ? 1 : -1;
    if (n < 0 || i + size_t(n) >= src_.size()) { len = 1; return 0xFFFD; }
    uint32_t cp = c & (0x3F >> n);
    for (int k = 1; k <= n; ++k) {
      uint8_t cc = at(i + k);
      if ((cc & 0xC0) != 0x80) { len = 1; return 0xFFFD; }
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong encodings, surrogates and values past U+10FFFF are invalid UTF-8.
    static const uint32_t minCp[] = {0, 0x80, 0x800, 0x10000};
    if (cp < minCp[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) { len = 1; return 0xFFFD; }
    len = size_t(n + 1);
    return cp;
  }

  void skipTrivia() {
    while (pos_ < src_.size()) {
      uint8_t c = at(pos_);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { ++pos_; continue; }
      if (c == '/' && at(pos_ + 1) == '/') {
        while (pos_ < src_.size() && at(pos_) != '\n') ++pos_;
        continue;
      }
      if (c == '/' && at(pos_ + 1) == '*') {
        size_t start = pos_;
        pos_ += 2;
        int depth = 1;
        while (pos_ < src_.size() && depth > 0) {
          if (at(pos_) == '/' && at(pos_ + 1) == '*') { depth++; pos_ += 2; }
          else if (at(pos_) == '*' && at(pos_ + 1) == '/') { depth--; pos_ += 2; }
          else ++pos_;
        }
        if (depth > 0) {
          diags_.report(DiagKind::UnterminatedComment, span(start, start + 2), {}, "unterminated block comment");
          hitEofInError = true;
        }
        continue;
      }
      break;
    }
  }

  Token make(Tok k, size_t lo) {
    Token t;
    t.kind = k;
    t.span = span(lo, pos_);
    return t;
  }

  Token next(Tok prev) {
    size_t lo = pos_;
    uint8_t c = at(pos_);
    // raw strings / byte strings / byte literals
    if (c == 'r' && (at(pos_ + 1) == '"' || (at(pos_ + 1) == '#' && (at(pos_ + 2) == '"' || at(pos_ + 2) == '#'))))
      return rawString(lo, pos_ + 1, Tok::StrLit);
    if (c == 'b' && at(pos_ + 1) == 'r' && (at(pos_ + 2) == '"' || at(pos_ + 2) == '#'))
      return rawString(lo, pos_ + 2, Tok::ByteStrLit);
    if (c == 'b' && at(pos_ + 1) == '"') { pos_ += 1; Token t = quoted(lo, '"', Tok::ByteStrLit); return t; }
    if (c == 'b' && at(pos_ + 1) == '\'') { pos_ += 1; return charLit(lo, true); }
    if (isIdentStart(c)) {
      size_t len;
      uint32_t cp = decode(pos_, len);
      if (cp >= 0x80 && !isUnicodeIdent(cp)) return unknownChar(lo);
      while (pos_ < src_.size()) {
        uint32_t d = decode(pos_, len);
        if (!isIdentCont(d) || (d >= 0x80 && !isUnicodeIdent(d))) break;
        pos_ += len;
      }
      std::string_view word(src_.data() + lo, pos_ - lo);
      if (word == "_") return make(Tok::Underscore, lo);
      static const std::unordered_map<std::string_view, Tok> kKeywordMap = [] {
        std::unordered_map<std::string_view, Tok> m;
        for (const Kw& k : kKeywords) m.emplace(k.text, k.tok);
        return m;
      }();
      if (auto kw = kKeywordMap.find(word); kw != kKeywordMap.end()) return make(kw->second, lo);
      Token t = make(Tok::Ident, lo);
      t.sym = in_.intern(word);
      return t;
    }
    if (c >= '0' && c <= '9') return number(lo, prev == Tok::Dot);
    if (c == '"') return quoted(lo, '"', Tok::StrLit);
    if (c == '\'') {
      // lifetime or char literal
      size_t len;
      uint32_t cp = decode(pos_ + 1, len);
      if (isIdentStart(cp) && at(pos_ + 1 + len) != '\'') {
        size_t p = pos_ + 1;
        while (p < src_.size() && isIdentCont(at(p))) ++p;
        if (at(p) == '\'') return charLit(lo, false);  // 'ab': too many chars in a char literal
        pos_ = p;
        Token t = make(Tok::Lifetime, lo);
        t.sym = in_.intern(std::string_view(src_.data() + lo, pos_ - lo));
        return t;
      }
      return charLit(lo, false);
    }
    for (const Punct& p : kPuncts) {
      size_t n = std::strlen(p.text);
      if (src_.compare(pos_, n, p.text) == 0) {
        pos_ += n;
        return make(p.tok, lo);
      }
    }
    return unknownChar(lo);
  }

  static bool isUnicodeIdent(uint32_t cp) {
    // Letters of common scripts; rejects symbols/punctuation such as ¤ or emoji.
    return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x370 && cp <= 0x3FF) ||
           (cp >= 0x400 && cp <= 0x4FF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3040 && cp <= 0x30FF) ||
           (cp >= 0xAC00 && cp <= 0xD7AF);
  }

  Token unknownChar(size_t lo) {
    size_t len;
    uint32_t cp = decode(pos_, len);
    pos_ += len;
    std::string shown(src_.substr(lo, len));
    char buf[16];
    snprintf(buf, sizeof buf, "U+%04X", cp);
    std::string desc = cp == 0xFFFD && len == 1 ? std::string("invalid UTF-8 byte") : std::string(buf);
    if (cp == '`') desc = "`";
    diags_.report(DiagKind::UnknownStartOfToken, span(lo, pos_), {cp < 0x80 && cp >= 0x20 ? shown : desc});
    return make(Tok::Error, lo);
  }

  Token number(size_t lo, bool afterDot) {
    Token t;
    int base = 10;
    std::string digits;
    bool isFloat = false;
    if (at(pos_) == '0' && (at(pos_ + 1) == 'x' || at(pos_ + 1) == 'o' || at(pos_ + 1) == 'b')) {
      base = at(pos_ + 1) == 'x' ? 16 : at(pos_ + 1) == 'o' ? 8 : 2;
      pos_ += 2;
      while (true) {
        uint8_t c = at(pos_);
        bool ok = c == '_' || (c >= '0' && c <= '9') || (base == 16 && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
        if (!ok) break;
        if (c != '_') digits += char(c);
        ++pos_;
      }
    } else {
      while ((at(pos_) >= '0' && at(pos_) <= '9') || at(pos_) == '_') {
        if (at(pos_) != '_') digits += char(at(pos_));
        ++pos_;
      }
      if (!afterDot && at(pos_) == '.' && at(pos_ + 1) != '.' && !isIdentStart(at(pos_ + 1))) {
        isFloat = true;
        digits += '.';
        ++pos_;
        while ((at(pos_) >= '0' && at(pos_) <= '9') || at(pos_) == '_') {
          if (at(pos_) != '_') digits += char(at(pos_));
          ++pos_;
        }
      }
      if (!afterDot && (at(pos_) == 'e' || at(pos_) == 'E')) {
        size_t save = pos_;
        std::string exp = "e";
        ++pos_;
        if (at(pos_) == '+' || at(pos_) == '-') exp += char(at(pos_++));
        bool any = false;
        while ((at(pos_) >= '0' && at(pos_) <= '9') || at(pos_) == '_') {
          if (at(pos_) != '_') { exp += char(at(pos_)); any = true; }
          ++pos_;
        }
        if (any) { isFloat = true; digits += exp; }
        else pos_ = save;
      }
    }
    size_t sufStart = pos_;
    while (pos_ < src_.size()) {
      size_t len;
      uint32_t cp = decode(pos_, len);
      if (!isIdentCont(cp) || (cp >= 0x80 && !isUnicodeIdent(cp))) break;
      pos_ += len;
    }
    std::string suffix = src_.substr(sufStart, pos_ - sufStart);
    t.span = span(lo, pos_);
    if (!suffix.empty()) t.sym = in_.intern(suffix);
    static const char* intSuf[] = {"i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"};
    bool sufInt = false, sufFloat = suffix == "f32" || suffix == "f64";
    for (const char* s : intSuf) if (suffix == s) sufInt = true;
    if (!suffix.empty() && !sufInt && !sufFloat) {
      diags_.report(DiagKind::InvalidSuffix, t.span, {suffix}, "invalid suffix `" + suffix + "`")
          .help("the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)");
      t.sym = Symbol{};
    }
    if (digits.empty()) {
      diags_.report(DiagKind::BadNumber, t.span, {"no valid digits found for number"});
      t.kind = Tok::IntLit;
      return t;
    }
    if (isFloat || (sufFloat && base == 10)) {
      if (base != 10) diags_.report(DiagKind::BadNumber, t.span, {"hexadecimal float literal is not supported"});
      t.kind = Tok::FloatLit;
      t.text = digits;
      if (sufInt) diags_.report(DiagKind::BadNumber, t.span, {"float literals cannot have an integer suffix"});
      return t;
    }
    if (sufFloat && base != 10) {
      diags_.report(DiagKind::BadNumber, t.span, {"binary/octal/hex float literal is not supported"});
    }
    t.kind = Tok::IntLit;
    t.text = digits;
    uint64_t v = 0;
    for (char ch : digits) {
      uint32_t d = ch <= '9' ? uint32_t(ch - '0') : uint32_t((ch | 0x20) - 'a' + 10);
      if (d >= uint32_t(base)) {
        diags_.report(DiagKind::BadNumber, t.span, {std::string("invalid digit for a base ") + std::to_string(base) + " literal"});
        break;
      }
      unsigned __int128 nv = (unsigned __int128)v * base + d;
      if (nv > UINT64_MAX) { t.intOverflow = true; }
      v = uint64_t(nv);
    }
    t.intValue = v;
    return t;
  }

  // Reads one (possibly escaped) char inside a quoted literal. Returns false at end of input/line.
  bool readChar(uint32_t& cp, bool isByte, char quote) {
    size_t lo = pos_;
    uint8_t c = at(pos_);
    if (c != '\\') {
      size_t len;
      cp = decode(pos_, len);
      pos_ += len;
      return true;
    }
    ++pos_;
    uint8_t e = at(pos_++);
    switch (e) {
      case 'n': cp = '\n'; return true;
      case 'r': cp = '\r'; return true;
      case 't': cp = '\t'; return true;
      case '\\': cp = '\\'; return true;
      case '0': cp = 0; return true;
      case '\'': cp = '\''; return true;
      case '"': cp = '"'; return true;
      case 'x': {
        uint32_t v = 0;
        for (int i = 0; i < 2; ++i) {
          uint8_t h = at(pos_);
          int d = (h >= '0' && h <= '9') ? h - '0' : (h >= 'a' && h <= 'f') ? h - 'a' + 10 : (h >= 'A' && h <= 'F') ? h - 'A' + 10 : -1;
          if (d < 0) { diags_.report(DiagKind::BadNumber, span(lo, pos_), {"numeric character escape is too short"}); cp = 0; return true; }
          v = v * 16 + uint32_t(d);
          ++pos_;
        }
        if (v > 0x7f && !isByte) diags_.report(DiagKind::BadNumber, span(lo, pos_), {"out of range hex escape"}).label(span(lo, pos_), "must be a character in the range [\\x00-\\x7f]");
        cp = v;
        return true;
      }
      case 'u': {
        if (at(pos_) != '{') { diags_.report(DiagKind::BadNumber, span(lo, pos_), {"incorrect unicode escape sequence"}); cp = 0xFFFD; return true; }
        ++pos_;
        uint32_t v = 0;
        int n = 0;
        while (at(pos_) != '}' && pos_ < src_.size() && at(pos_) != quote && n < 8) {
          uint8_t h = at(pos_);
          if (h == '_') { ++pos_; continue; }
          int d = (h >= '0' && h <= '9') ? h - '0' : (h >= 'a' && h <= 'f') ? h - 'a' + 10 : (h >= 'A' && h <= 'F') ? h - 'A' + 10 : -1;
          if (d < 0) break;
          v = v * 16 + uint32_t(d);
          ++n;
          ++pos_;
        }
        if (at(pos_) != '}' || n == 0 || n > 6 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
          while (pos_ < src_.size() && at(pos_) != '}' && at(pos_) != quote && at(pos_) != '\n') ++pos_;
          if (at(pos_) == '}') ++pos_;
          diags_.report(DiagKind::BadNumber, span(lo, pos_), {"invalid unicode character escape"});
          cp = 0xFFFD;
          return true;
        }
        ++pos_;
        cp = v;
        return true;
      }
      case '\n':
        if (quote == '"') {  // line continuation: skip following whitespace
          while (at(pos_) == ' ' || at(pos_) == '\t' || at(pos_) == '\n' || at(pos_) == '\r') ++pos_;
          cp = UINT32_MAX;
          return true;
        }
        [[fallthrough]];
      default: {
        std::string shown = e ? std::string(1, char(e)) : std::string();
        diags_.report(DiagKind::BadEscape, span(lo, pos_), {shown}, "unknown character escape");
        cp = e;
        return true;
      }
    }
  }

  static void appendUtf8(std::string& s, uint32_t cp) {
    if (cp < 0x80) s += char(cp);
    else if (cp < 0x800) { s += char(0xC0 | (cp >> 6)); s += char(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) { s += char(0xE0 | (cp >> 12)); s += char(0x80 | ((cp >> 6) & 0x3F)); s += char(0x80 | (cp & 0x3F)); }
    else { s += char(0xF0 | (cp >> 18)); s += char(0x80 | ((cp >> 12) & 0x3F)); s += char(0x80 | ((cp >> 6) & 0x3F)); s += char(0x80 | (cp & 0x3F)); }
  }

  Token quoted(size_t lo, char quote, Tok kind) {
    ++pos_;  // opening quote
    std::string text;
    while (true) {
      if (pos_ >= src_.size()) {
        diags_.report(DiagKind::UnterminatedString, span(lo, lo + 1));
        hitEofInError = true;
        break;
      }
      if (at(pos_) == uint8_t(quote)) { ++pos_; break; }
      if (at(pos_) == '\r' && at(pos_ + 1) == '\n') { ++pos_; continue; }
      uint32_t cp;
      readChar(cp, kind == Tok::ByteStrLit, quote);
      if (cp == UINT32_MAX) continue;
      if (kind == Tok::ByteStrLit && cp < 256) text += char(cp);
      else appendUtf8(text, cp);
    }
    Token t = make(kind, lo);
    t.text = std::move(text);
    suffixCheck(t);
    return t;
  }

  void suffixCheck(Token& t) {
    if (isIdentStart(at(pos_))) {
      size_t s = pos_;
      while (isIdentCont(at(pos_))) ++pos_;
      diags_.report(DiagKind::InvalidSuffix, span(s, pos_), {src_.substr(s, pos_ - s)});
      t.span.hi = uint32_t(pos_);
    }
  }

  Token rawString(size_t lo, size_t p, Tok kind) {
    size_t hashes = 0;
    while (at(p) == '#') { ++hashes; ++p; }
    if (at(p) != '"') { pos_ = p; diags_.report(DiagKind::Expected, span(lo, p), {"`\"`", "something else"}); return make(Tok::Error, lo); }
    ++p;
    std::string close = "\"" + std::string(hashes, '#');
    size_t end = src_.find(close, p);
    Token t;
    if (end == std::string::npos) {
      pos_ = src_.size();
      hitEofInError = true;
      diags_.report(DiagKind::UnterminatedString, span(lo, lo + 1 + hashes));
      t = make(kind, lo);
      t.text = src_.substr(p);
      return t;
    }
    pos_ = end + close.size();
    t = make(kind, lo);
    t.text = src_.substr(p, end - p);
    return t;
  }

  Token charLit(size_t lo, bool isByte) {
    ++pos_;  // the quote
    if (at(pos_) == '\'') {
      ++pos_;
      diags_.report(DiagKind::EmptyCharLiteral, span(lo, pos_));
      return make(isByte ? Tok::ByteLit : Tok::CharLit, lo);
    }
    uint32_t cp = 0;
    if (pos_ >= src_.size() || at(pos_) == '\n') {
      diags_.report(DiagKind::UnterminatedChar, span(lo, pos_));
      return make(Tok::Error, lo);
    }
    readChar(cp, isByte, '\'');
    if (at(pos_) != '\'') {
      // More than one char, or unterminated.
      size_t p = pos_;
      while (p < src_.size() && at(p) != '\'' && at(p) != '\n' && p - pos_ < 64) ++p;
      if (at(p) == '\'') {
        pos_ = p + 1;
        diags_.report(DiagKind::BadCharLiteral, span(lo, pos_)).help("if you meant to write a string literal, use double quotes");
      } else {
        diags_.report(DiagKind::UnterminatedChar, span(lo, pos_));
      }
      Token t = make(isByte ? Tok::ByteLit : Tok::CharLit, lo);
      t.charValue = cp;
      return t;
    }
    ++pos_;
    Token t = make(isByte ? Tok::ByteLit : Tok::CharLit, lo);
    t.charValue = cp;
    if (isByte && cp > 0xFF) diags_.report(DiagKind::BadNumber, t.span, {"non-ASCII character in byte literal"});
    suffixCheck(t);
    return t;
  }
};

}  // namespace

std::vector<Token> lex(const SourceMap& sm, uint32_t file, Interner& in, DiagnosticBag& diags) {
  Lexer lx(sm, file, in, diags);
  std::vector<Token> toks = lx.run();
  // An unterminated string/comment swallowed the rest of the file: mark the end-of-file token so the
  // parser does not pile "expected X, found end of file" errors on top.
  if (lx.hitEofInError) toks.back().sym = in.intern("<unterminated>");
  return toks;
}

std::string describeToken(const Token& t, const SourceMap& sm) {
  if (t.kind == Tok::Eof) return "end of file";
  return "`" + std::string(sm.text(t.span)) + "`";
}

}  // namespace wr
