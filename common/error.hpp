// One error type with a few subclasses. Every message says what happened, where, and what to do;
// the CLI maps them to exit status 2. Libraries throw these and never exit or print.
#pragma once

#include <stdexcept>
#include <string>

namespace claimgraph {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Bad input data: a text, graph, model or ontology file that cannot be used.
class InputError : public Error {
public:
    using Error::Error;
};

// Bad configuration: flags or option values that do not fit together.
class ConfigError : public Error {
public:
    using Error::Error;
};

// The file system refused: cannot open, read, write or rename.
class IoError : public Error {
public:
    using Error::Error;
};

}  // namespace claimgraph
