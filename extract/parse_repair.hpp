// Repairs of a few greedy-parser errors that break a rule every UD tree keeps: a clause has one
// subject. A left-to-right parser that has already committed a noun as a subject sometimes hangs
// a second, coordinated or prepositional, noun on the same verb ("The ministry and the university
// will fund ..." with two nsubj), or makes the first noun the root and the real verb its conjunct
// ("Exchanges and cooperation can provide ..."). Each repair fires only on the exact shape and
// rebuilds the tree the way UD annotates it; the effect on EWT dev/test is in bench/README.md.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/document.hpp"

namespace claimgraph::extract {

// Repairs the tree of tokens[first, end) in place (Token::head is sentence-relative, -1 = root).
// Returns the number of repairs made.
int repair_parse(std::vector<Token>& tokens, uint32_t first, uint32_t end);

}  // namespace claimgraph::extract
