// WasmIR text printer. Approach: every expression is first tried on one line (no Block/Loop/If inside,
// at most kInlineWidth characters); if that fails it prints as a head line (`(block $L3 (result i32)`)
// followed by its kids, one per line, two spaces deeper, and the closing parenthesis goes at the end of
// the last kid's line (Lisp style). Names: see docs/wasmir.md, "Text format".
#include "wasmir/printer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>
#include <vector>

namespace wr::wir {

// ---------------------------------------------------------------------------------------------------
// Float formatting (shared with the WAT printer).

namespace {

template <typename Float>
std::string shortestDecimal(Float v, int maxDigits) {
  char buf[512];  // %g of a finite double at <= 17 digits needs < 32; room for the compiler's estimate
  for (int p = 1; p <= maxDigits; ++p) {
    std::snprintf(buf, sizeof buf, "%.*g", p, double(v));
    Float back;
    if constexpr (sizeof(Float) == 4) back = std::strtof(buf, nullptr);
    else back = std::strtod(buf, nullptr);
    if (back == v && std::signbit(back) == std::signbit(v)) return buf;
  }
  std::snprintf(buf, sizeof buf, "%.*g", maxDigits, double(v));
  return buf;
}

std::string hexU64(uint64_t v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
  return buf;
}

}  // namespace

std::string formatF32(uint32_t bits) {
  bool neg = bits >> 31;
  uint32_t exp = (bits >> 23) & 0xff, mant = bits & 0x7fffff;
  if (exp == 0xff) {
    if (mant == 0) return neg ? "-inf" : "inf";
    return std::string(neg ? "-" : "") + "nan:" + hexU64(mant);
  }
  float f;
  std::memcpy(&f, &bits, 4);
  return shortestDecimal(f, 9);
}

std::string formatF64(uint64_t bits) {
  bool neg = bits >> 63;
  uint64_t exp = (bits >> 52) & 0x7ff, mant = bits & 0xfffffffffffffull;
  if (exp == 0x7ff) {
    if (mant == 0) return neg ? "-inf" : "inf";
    return std::string(neg ? "-" : "") + "nan:" + hexU64(mant);
  }
  double d;
  std::memcpy(&d, &bits, 8);
  return shortestDecimal(d, 17);
}

namespace {

constexpr size_t kInlineWidth = 100;

bool needsQuotes(const std::string& s) {
  if (s.empty()) return true;
  for (unsigned char c : s)
    if (c <= 0x20 || c == 0x7f || c == '"' || c == '(' || c == ')' || c == ';' || c == '\\') return true;
  return false;
}

void appendQuoted(std::string& out, const std::string& s) {
  static const char* hex = "0123456789abcdef";
  out += '"';
  for (unsigned char c : s) {
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
      out += char(c);
    } else {
      out += '\\';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  out += '"';
}

// "$name" or "$\"odd name\"".
std::string ident(const std::string& name) {
  std::string out = "$";
  if (needsQuotes(name)) appendQuoted(out, name);
  else out += name;
  return out;
}

// Display names: the given names, "#<index>" appended to repeats, "<index>" for empty ones.
std::vector<std::string> displayNames(const std::vector<std::string>& names) {
  std::vector<std::string> out(names.size());
  std::set<std::string> used;
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i].empty()) {
      out[i] = ident(std::to_string(i));
      continue;
    }
    std::string n = names[i];
    if (!used.insert(n).second) n += "#" + std::to_string(i);
    out[i] = ident(n);
  }
  return out;
}

std::vector<std::string> functionDisplayNames(const Module& m) {
  std::vector<std::string> raw;
  raw.reserve(m.numFunctions());
  for (const Import& im : m.imports) raw.push_back(im.module + "." + im.name);
  for (const Function& f : m.functions) raw.push_back(f.name);
  return displayNames(raw);
}

std::vector<std::string> globalDisplayNames(const Module& m) {
  std::vector<std::string> raw;
  for (const Global& g : m.globals) raw.push_back(g.name);
  return displayNames(raw);
}

std::string constText(const Expr& e) {
  switch (e.type) {
    case ValType::I32: return "i32.const " + std::to_string(int32_t(uint32_t(e.imm)));
    case ValType::I64: return "i64.const " + std::to_string(int64_t(e.imm));
    case ValType::F32: return "f32.const " + formatF32(uint32_t(e.imm));
    case ValType::F64: return "f64.const " + formatF64(e.imm);
    case ValType::ExternRef: return "ref.null extern";
    case ValType::None: break;
  }
  return "<bad const type none> " + std::to_string(e.imm);
}

class FunctionPrinter {
 public:
  FunctionPrinter(const Function& f, const Module* m, const std::vector<std::string>* funcNames,
                  const std::vector<std::string>* globalNames, std::string& out)
      : f_(f), m_(m), funcNames_(funcNames), globalNames_(globalNames), out_(out),
        onPath_(f.exprs.size(), 0) {
    std::vector<std::string> raw(f.numLocalsTotal());
    for (size_t i = 0; i < raw.size() && i < f.localNames.size(); ++i) raw[i] = f.localNames[i];
    localNames_ = displayNames(raw);
  }

  void print(uint32_t funcIndex, bool haveIndex) {
    out_ += "  (func ";
    if (haveIndex) out_ += "(;" + std::to_string(funcIndex) + ";) ";
    if (haveIndex && funcNames_ && funcIndex < funcNames_->size()) out_ += (*funcNames_)[funcIndex];
    else out_ += ident(f_.name);
    if (!f_.exportName.empty()) {
      out_ += " (export ";
      appendQuoted(out_, f_.exportName);
      out_ += ")";
    }
    for (size_t i = 0; i < f_.type.params.size(); ++i)
      out_ += " (param " + local(uint32_t(i)) + " " + valTypeName(f_.type.params[i]) + ")";
    if (f_.type.result != ValType::None) out_ += std::string(" (result ") + valTypeName(f_.type.result) + ")";
    for (size_t i = 0; i < f_.locals.size(); ++i) {
      out_ += i == 0 ? "\n    " : " ";
      out_ += "(local " + local(uint32_t(f_.type.params.size() + i)) + " " + valTypeName(f_.locals[i]) + ")";
    }
    out_ += "\n    ";
    if (!f_.body.valid()) out_ += "(<no body>)";
    else expr(f_.body, 4, out_);
    out_ += ")\n";
  }

 private:
  std::string local(uint32_t i) const {
    return i < localNames_.size() ? localNames_[i] : "$<bad local " + std::to_string(i) + ">";
  }
  std::string func(uint32_t i) const {
    if (funcNames_ && i < funcNames_->size()) return (*funcNames_)[i];
    return "$<func " + std::to_string(i) + (m_ ? " out of range>" : ">");
  }
  std::string global(uint32_t i) const {
    if (globalNames_ && i < globalNames_->size()) return (*globalNames_)[i];
    return "$<global " + std::to_string(i) + (m_ ? " out of range>" : ">");
  }
  static std::string label(uint32_t l) { return "$L" + std::to_string(l); }

  bool valid(ExprId id) const { return id.valid() && id.v < f_.exprs.size(); }
  bool kidsOk(const Expr& e) const { return uint64_t(e.firstKid) + e.numKids <= f_.kids.size(); }
  uint32_t numKids(const Expr& e) const { return kidsOk(e) ? e.numKids : 0; }
  ExprId kid(const Expr& e, uint32_t i) const { return f_.kids[e.firstKid + i]; }

  static std::string memarg(const Expr& e) {
    std::string s;
    if (e.a != 0) s += " offset=" + std::to_string(e.a);
    uint32_t natural = opMemBytes(e.op);
    uint64_t align = e.b < 63 ? (uint64_t(1) << e.b) : 0;
    if (align != natural) s += " align=" + (e.b < 63 ? std::to_string(align) : "2^" + std::to_string(e.b));
    return s;
  }

  // The head of an expression: everything after "(" up to its kids, e.g. "i32.load offset=4".
  std::string head(const Expr& e) const {
    switch (e.kind) {
      case ExprKind::Const: return constText(e);
      case ExprKind::LocalGet:
      case ExprKind::LocalSet:
      case ExprKind::LocalTee: return std::string(exprKindName(e.kind)) + " " + local(e.a);
      case ExprKind::GlobalGet:
      case ExprKind::GlobalSet: return std::string(exprKindName(e.kind)) + " " + global(e.a);
      case ExprKind::Load:
      case ExprKind::Store: return std::string(opInfo(e.op).text) + memarg(e);
      case ExprKind::Unary:
      case ExprKind::Binary: return opInfo(e.op).text;
      case ExprKind::Call: return "call " + func(e.a);
      case ExprKind::Atomic: return atomicInfo(e.a) ? atomicInfo(e.a)->text : "atomic.?";
      case ExprKind::RefOp: return refOpText(RefOpKind(e.a));
      case ExprKind::Block:
      case ExprKind::Loop: {
        std::string s = std::string(exprKindName(e.kind)) + " " + label(e.a);
        if (e.type != ValType::None) s += std::string(" (result ") + valTypeName(e.type) + ")";
        return s;
      }
      case ExprKind::If: {
        std::string s = "if";
        if (e.type != ValType::None) s += std::string(" (result ") + valTypeName(e.type) + ")";
        return s;
      }
      case ExprKind::Br:
      case ExprKind::BrIf: return std::string(exprKindName(e.kind)) + " " + label(e.a);
      case ExprKind::BrTable: {
        std::string s = "br_table";
        uint64_t end = uint64_t(e.b) + e.imm;
        if (end > f_.labelLists.size()) s += " <bad label list>";
        else
          for (uint64_t i = e.b; i < end; ++i) s += " " + label(f_.labelLists[size_t(i)]);
        return s + " " + label(e.a);
      }
      default: return exprKindName(e.kind);
    }
  }

  // Appends the one-line form of id to s; false (s then garbage) if it has a Block/Loop/If or is long.
  bool inlineForm(ExprId id, std::string& s) {
    if (s.size() > kInlineWidth) return false;
    if (!valid(id)) {
      s += "(<bad expr " + std::to_string(int64_t(id.valid() ? id.v : -1)) + ">)";
      return true;
    }
    const Expr& e = f_.exprs[id.v];
    if (e.kind == ExprKind::Block || e.kind == ExprKind::Loop || e.kind == ExprKind::If) return false;
    if (onPath_[id.v]) return false;
    onPath_[id.v] = 1;
    s += "(" + head(e);
    if (!kidsOk(e)) s += " <bad kid range>";
    bool ok = true;
    for (uint32_t i = 0; ok && i < numKids(e); ++i) {
      s += ' ';
      ok = inlineForm(kid(e, i), s);
    }
    onPath_[id.v] = 0;
    s += ')';
    return ok && s.size() <= kInlineWidth;
  }

  void newline(std::string& out, int indent) {
    out += '\n';
    out.append(size_t(indent), ' ');
  }

  // Prints id at the current position (the line is already indented to `indent`).
  void expr(ExprId id, int indent, std::string& out) {
    std::string one;
    if (inlineForm(id, one)) {
      out += one;
      return;
    }
    const Expr& e = f_.exprs[id.v];
    if (onPath_[id.v]) {
      out += "(<cycle at expr " + std::to_string(id.v) + ">)";
      return;
    }
    onPath_[id.v] = 1;
    out += "(" + head(e);
    if (!kidsOk(e)) out += " <bad kid range>";
    uint32_t n = numKids(e);
    if (e.kind == ExprKind::If) {
      for (uint32_t i = 0; i < n; ++i) {
        newline(out, indent + 2);
        if (i == 0) {
          expr(kid(e, 0), indent + 2, out);
        } else {
          arm(i == 1 ? "then" : i == 2 ? "else" : "<extra arm>", kid(e, i), e.type, indent + 2, out);
        }
      }
    } else {
      for (uint32_t i = 0; i < n; ++i) {
        newline(out, indent + 2);
        expr(kid(e, i), indent + 2, out);
      }
    }
    out += ')';
    onPath_[id.v] = 0;
  }

  // An If arm: a Block prints as "(then $L5 ...kids)", anything else as "(then <expr>)".
  void arm(const char* word, ExprId id, ValType ifType, int indent, std::string& out) {
    out += std::string("(") + word;
    if (valid(id) && f_.exprs[id.v].kind == ExprKind::Block && !onPath_[id.v]) {
      const Expr& b = f_.exprs[id.v];
      onPath_[id.v] = 1;
      out += " " + label(b.a);
      if (b.type != ifType) out += std::string(" (result ") + valTypeName(b.type) + ")";
      for (uint32_t i = 0; i < numKids(b); ++i) {
        newline(out, indent + 2);
        expr(kid(b, i), indent + 2, out);
      }
      onPath_[id.v] = 0;
    } else {
      newline(out, indent + 2);
      expr(id, indent + 2, out);
    }
    out += ')';
  }

  const Function& f_;
  const Module* m_;
  const std::vector<std::string>* funcNames_;
  const std::vector<std::string>* globalNames_;
  std::string& out_;
  std::vector<std::string> localNames_;
  std::vector<uint8_t> onPath_;
};

void appendImport(std::string& out, const Import& im, uint32_t index, const std::string& display) {
  out += "  (import ";
  appendQuoted(out, im.module);
  out += ' ';
  appendQuoted(out, im.name);
  out += " (func (;" + std::to_string(index) + ";) " + display;
  for (ValType p : im.type.params) out += std::string(" (param ") + valTypeName(p) + ")";
  if (im.type.result != ValType::None) out += std::string(" (result ") + valTypeName(im.type.result) + ")";
  out += "))\n";
}

std::string globalInit(const Global& g) {
  Expr e;
  e.type = g.type;
  e.imm = g.init;
  return constText(e);
}

}  // namespace

std::string printFunction(const Function& f, const Module* m) {
  std::string out;
  std::vector<std::string> funcNames, globalNames;
  uint32_t index = 0;
  bool haveIndex = false;
  if (m) {
    funcNames = functionDisplayNames(*m);
    globalNames = globalDisplayNames(*m);
    for (size_t i = 0; i < m->functions.size(); ++i)
      if (&m->functions[i] == &f) {
        index = uint32_t(m->imports.size() + i);
        haveIndex = true;
      }
  }
  FunctionPrinter p(f, m, m ? &funcNames : nullptr, m ? &globalNames : nullptr, out);
  p.print(index, haveIndex);
  return out;
}

std::string printModule(const Module& m) {
  std::string out;
  out.reserve(4096);
  const std::vector<std::string> funcNames = functionDisplayNames(m);
  const std::vector<std::string> globalNames = globalDisplayNames(m);
  out += "(module\n";
  out += "  (memory " + std::to_string(m.memoryPages);
  if (m.memoryMaxPages != 0) out += " " + std::to_string(m.memoryMaxPages);
  if (m.memoryShared) out += " shared (import \"env\" \"memory\")";
  if (!m.memoryExportName.empty()) {
    out += " (export ";
    appendQuoted(out, m.memoryExportName);
    out += ")";
  }
  out += ")\n";
  for (size_t i = 0; i < m.imports.size(); ++i) appendImport(out, m.imports[i], uint32_t(i), funcNames[i]);
  for (size_t i = 0; i < m.globals.size(); ++i) {
    const Global& g = m.globals[i];
    out += "  (global (;" + std::to_string(i) + ";) " + globalNames[i] + " ";
    out += g.mut ? std::string("(mut ") + valTypeName(g.type) + ")" : std::string(valTypeName(g.type));
    out += " (" + globalInit(g) + "))\n";
  }
  for (size_t i = 0; i < m.data.size(); ++i) {
    const DataSegment& d = m.data[i];
    out += "  (data (;" + std::to_string(i) + ";) (offset " + std::to_string(d.offset) + ") ";
    appendQuoted(out, std::string(d.bytes.begin(), d.bytes.end()));
    out += ")\n";
  }
  for (size_t i = 0; i < m.functions.size(); ++i) {
    out += '\n';
    FunctionPrinter p(m.functions[i], &m, &funcNames, &globalNames, out);
    p.print(uint32_t(m.imports.size() + i), true);
  }
  out += ")\n";
  return out;
}

}  // namespace wr::wir
