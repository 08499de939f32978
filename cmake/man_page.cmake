# Generates the claimgraph(1) man page from the program's own --help texts, at build time:
#   cmake -DCLAIMGRAPH=<binary> -DHELP2MAN=<help2man> -DOUTPUT=<claimgraph.1> -P man_page.cmake
# help2man turns `claimgraph --help` and `--version` into the page; this script adds a section
# with every subcommand's --help (the list is read from the top-level help), and the environment,
# files and exit status, through help2man's --include file.
cmake_minimum_required(VERSION 3.18)
foreach(var CLAIMGRAPH HELP2MAN OUTPUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "man_page.cmake: -D${var}=... is required")
  endif()
endforeach()

execute_process(COMMAND ${CLAIMGRAPH} --help OUTPUT_VARIABLE top RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "man_page.cmake: ${CLAIMGRAPH} --help failed (${rc})")
endif()
string(FIND "${top}" "Subcommands:" at)
if(at LESS 0)
  message(FATAL_ERROR "man_page.cmake: no 'Subcommands:' in claimgraph --help")
endif()
string(SUBSTRING "${top}" ${at} -1 listing)
string(REGEX MATCHALL "\n  [a-z][a-z-]*" names "${listing}")

# Roff-safe text: backslashes doubled as \e, lines starting with . or ' guarded by \&.
function(roff_escape text out)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

set(include "[SUBCOMMANDS]\n")
string(APPEND include "Each subcommand has its own options; `claimgraph SUBCOMMAND --help` prints them as below.\n")
foreach(raw ${names})
  string(STRIP "${raw}" name)
  execute_process(COMMAND ${CLAIMGRAPH} ${name} --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "man_page.cmake: ${CLAIMGRAPH} ${name} --help failed (${rc})")
  endif()
  # The binary's path as the build ran it is no part of the page.
  string(REGEX REPLACE "Usage: [^ \n]*claimgraph" "Usage: claimgraph" help "${help}")
  roff_escape("${help}" help)
  string(APPEND include ".SS ${name}\n.nf\n${help}.fi\n")
endforeach()

string(APPEND include "[EXIT STATUS]
0 success; 1 a query (or openie) found nothing; 2 a usage, input or I/O error, with one line on
standard error saying what happened, where, and what to do.
[ENVIRONMENT]
.TP
.B CLAIMGRAPH_DATA
A folder searched first for the shipped data: the syntax model (en.model), the ontology and
lexicons, and the HTML viewer's JavaScript (js/cytoscape.min.js).
[FILES]
.TP
.I <prefix>/share/claimgraph/
The syntax model, ontology, lexicons and js/ (cytoscape.js and its licence), found relative to the
installed binary.
")
file(WRITE ${OUTPUT}.include "${include}")

execute_process(
  COMMAND ${HELP2MAN} --no-info --section=1 --source=claimgraph
          "--name=turn English articles into knowledge graphs of actors and claims"
          --include=${OUTPUT}.include --output=${OUTPUT}.tmp ${CLAIMGRAPH}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "man_page.cmake: help2man failed (${rc})")
endif()
# help2man names the binary by the path it ran; the page should say claimgraph.
file(READ ${OUTPUT}.tmp page)
get_filename_component(bindir ${CLAIMGRAPH} DIRECTORY)
string(REPLACE "${bindir}/" "" page "${page}")
string(REPLACE "${bindir}/" "" page "${page}")
file(WRITE ${OUTPUT} "${page}")
file(REMOVE ${OUTPUT}.tmp)
