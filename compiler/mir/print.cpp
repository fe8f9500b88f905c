// `--emit=mir`: a readable dump of a MIR body, in the spirit of rustc's MIR dumps.
#include <cstring>

#include "mir/mir.h"

namespace wr::mir {
namespace {

std::string placeStr(const Program& p, const Body& b, const Place& pl) {
  std::string s = "_" + std::to_string(pl.local);
  for (const Proj& pr : pl.proj) {
    switch (pr.kind) {
      case ProjKind::Deref: s = "(*" + s + ")"; break;
      case ProjKind::Field: s += "." + std::to_string(pr.a); break;
      case ProjKind::Index: s += "[_" + std::to_string(pr.a) + "]"; break;
      case ProjKind::ConstIndex: s += "[" + std::to_string(pr.a) + "]"; break;
      case ProjKind::Downcast: s = "(" + s + " as variant#" + std::to_string(pr.a) + ")"; break;
    }
  }
  (void)p;
  (void)b;
  return s;
}

std::string escape(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c == '\n') o += "\\n";
    else if (c == '"' || c == '\\') { o += '\\'; o += c; }
    else o += c;
  }
  return o;
}

std::string operandStr(const Program& p, const Body& b, const Operand& o) {
  if (o.kind == Operand::Copy) return placeStr(p, b, o.place);
  const TyData& d = p.types.get(o.c.ty);
  if (d.kind == TyKind::Ref) return "const \"" + escape(o.c.str) + "\"";
  if (d.kind == TyKind::Bool) return o.c.bits ? "const true" : "const false";
  if (d.kind == TyKind::Float) {
    double v;
    if (d.sub == 32) {
      float f;
      uint32_t bits = uint32_t(o.c.bits);
      std::memcpy(&f, &bits, 4);
      v = f;
    } else {
      std::memcpy(&v, &o.c.bits, 8);
    }
    char buf[64];
    snprintf(buf, sizeof buf, "%.17g", v);
    return std::string("const ") + buf + "_" + p.tyName(o.c.ty);
  }
  if (d.kind == TyKind::Int && intSigned(IntKind(d.sub))) return "const " + std::to_string(int64_t(o.c.bits)) + "_" + p.tyName(o.c.ty);
  return "const " + std::to_string(o.c.bits) + "_" + p.tyName(o.c.ty);
}

const char* binName(uint8_t op) {
  static const char* n[] = {"Add", "Sub", "Mul", "Div", "Rem", "And", "Or", "BitAnd", "BitOr", "BitXor", "Shl", "Shr", "Eq", "Ne", "Lt", "Le", "Gt", "Ge"};
  return op < 18 ? n[op] : "Neg";
}

}  // namespace

std::string printBody(const Program& p, const Body& b) {
  const FnInfo& f = p.fns[b.fn.v];
  std::string s = "fn " + f.path + "(";
  for (uint32_t i = 1; i <= b.argCount; ++i) s += (i > 1 ? ", _" : "_") + std::to_string(i) + ": " + p.tyName(b.locals[i].ty);
  s += ") -> " + p.tyName(b.locals[0].ty) + " {\n";
  for (uint32_t i = b.argCount + 1; i < b.locals.size(); ++i) {
    s += "    let _" + std::to_string(i) + ": " + p.tyName(b.locals[i].ty) + ";";
    if (!b.locals[i].name.empty()) s += " // " + p.str(b.locals[i].name);
    s += "\n";
  }
  for (size_t bi = 0; bi < b.blocks.size(); ++bi) {
    const BasicBlock& bb = b.blocks[bi];
    s += "\n    bb" + std::to_string(bi) + ": {\n";
    for (const Statement& st : bb.stmts) {
      std::string rv;
      const Rvalue& r = st.rv;
      switch (r.kind) {
        case RvKind::Use: rv = operandStr(p, b, r.ops[0]); break;
        case RvKind::Binary: rv = std::string(binName(r.op)) + "(" + operandStr(p, b, r.ops[0]) + ", " + operandStr(p, b, r.ops[1]) + ")"; break;
        case RvKind::Overflows:
          rv = std::string("Overflows") + binName(r.op) + "(" + operandStr(p, b, r.ops[0]) + (r.ops.size() > 1 ? ", " + operandStr(p, b, r.ops[1]) : "") + ")";
          break;
        case RvKind::Unary: rv = std::string(r.op ? "Not(" : "Neg(") + operandStr(p, b, r.ops[0]) + ")"; break;
        case RvKind::Cast: rv = operandStr(p, b, r.ops[0]) + " as " + p.tyName(r.ty); break;
        case RvKind::Ref: rv = std::string(r.mut ? "&mut " : "&") + placeStr(p, b, r.place); break;
        case RvKind::Aggregate: {
          rv = p.tyName(r.ty);
          if (p.types.kind(r.ty) == TyKind::Adt && p.adts[p.types.get(r.ty).a].isEnum)
            rv += "::" + p.str(p.adts[p.types.get(r.ty).a].variants[r.variant].name);
          rv += " {";
          for (size_t i = 0; i < r.ops.size(); ++i) rv += (i ? ", " : " ") + operandStr(p, b, r.ops[i]);
          rv += " }";
          break;
        }
        case RvKind::Repeat: rv = "[" + operandStr(p, b, r.ops[0]) + "; " + std::to_string(r.count) + "]"; break;
        case RvKind::Discriminant: rv = "discriminant(" + placeStr(p, b, r.place) + ")"; break;
        case RvKind::Declare: rv = "Declare"; break;
        case RvKind::StorageDead: rv = "StorageDead"; break;
        case RvKind::Drop: rv = "Drop"; break;
        case RvKind::FakeRead: rv = "FakeRead(&" + placeStr(p, b, r.place) + ")"; break;
        case RvKind::ToDyn: rv = "ToDyn(" + operandStr(p, b, r.ops[0]) + " as dyn " + p.interner.str(p.traits[r.variant].name) + ")"; break;
      }
      s += "        " + placeStr(p, b, st.dest) + " = " + rv + ";\n";
    }
    const Terminator& t = bb.term;
    s += "        ";
    switch (t.kind) {
      case TermKind::Goto: s += "goto -> bb" + std::to_string(t.targets[0]); break;
      case TermKind::SwitchInt: {
        s += "switchInt(" + operandStr(p, b, t.discr) + ") -> [";
        for (size_t i = 0; i < t.values.size(); ++i) s += std::to_string(t.values[i]) + ": bb" + std::to_string(t.targets[i]) + ", ";
        s += "otherwise: bb" + std::to_string(t.targets.back()) + "]";
        break;
      }
      case TermKind::Return: s += "return"; break;
      case TermKind::Unreachable: s += "unreachable"; break;
      case TermKind::Call: {
        s += placeStr(p, b, t.dest) + " = " + (t.callee.valid() ? p.fns[t.callee.v].path : std::string("?")) + "(";
        for (size_t i = 0; i < t.args.size(); ++i) s += (i ? ", " : "") + operandStr(p, b, t.args[i]);
        s += ")";
        s += t.targets.empty() ? " -> diverges" : " -> bb" + std::to_string(t.targets[0]);
        break;
      }
    }
    s += ";\n    }\n";
  }
  return s + "}\n";
}

}  // namespace wr::mir
