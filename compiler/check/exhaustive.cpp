// Placeholder until the usefulness algorithm lands (being written now): reports nothing.
#include "check/exhaustive.h"
namespace wr {
void checkMatchExhaustive(Program&, DiagnosticBag&, ast::ExprId) {}
void checkLetIrrefutable(Program&, DiagnosticBag&, ast::PatId) {}
}  // namespace wr
