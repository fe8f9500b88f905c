# Registers the file-based tests with ctest (included by the top-level CMakeLists.txt):
#  - one test per program of the run and ui corpora (tests-native/corpus.py --one FILE);
#  - the harness's own unit tests;
#  - the formatting differential tests against rustc (skipped with a message when rustc is absent);
#  - the malformed-input fuzz test;
#  - thin monomorphization's soundness check (scripts/test-thin-mono.sh).
find_package(Python3 REQUIRED COMPONENTS Interpreter)
file(GLOB WASMRUST_CORPUS CONFIGURE_DEPENDS
     ${CMAKE_SOURCE_DIR}/tests-native/run/*.rs ${CMAKE_SOURCE_DIR}/tests-native/ui/*.rs)
foreach(src ${WASMRUST_CORPUS})
  get_filename_component(name ${src} NAME_WE)
  get_filename_component(dir ${src} DIRECTORY)
  get_filename_component(suite ${dir} NAME)
  add_test(NAME corpus/${suite}/${name}
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests-native/corpus.py
                   --wasmrust $<TARGET_FILE:wasmrust> --one ${src}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(corpus/${suite}/${name} PROPERTIES TIMEOUT 90)
endforeach()
add_test(NAME corpus-harness-selftest
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests-native/test_corpus_harness.py
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})

# The formatting runtime (compiler/runtime/fmt.rs) compiled natively by rustc, against format!.
add_test(NAME fmt/native-vs-rustc COMMAND bash ${CMAKE_SOURCE_DIR}/scripts/test-fmt-native.sh
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(fmt/native-vs-rustc PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77)
# The same values printed by programs compiled by wasmrust and run in node, against rustc's binaries.
add_test(NAME fmt/wasm-vs-rustc
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests-native/fmt/differential.py
                 --wasmrust $<TARGET_FILE:wasmrust>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(fmt/wasm-vs-rustc PROPERTIES TIMEOUT 600 SKIP_RETURN_CODE 77)

# Thousands of mutated and pathological inputs through the whole compiler: diagnostics, never a crash.
add_executable(fuzz_inputs ${CMAKE_SOURCE_DIR}/tests-native/fuzz/fuzz_inputs.cpp)
target_link_libraries(fuzz_inputs PRIVATE wasmrust_core)
add_test(NAME fuzz/mutated-inputs
         COMMAND fuzz_inputs ${CMAKE_SOURCE_DIR}/tests-native/run ${CMAKE_SOURCE_DIR}/tests-native/ui 4000)
set_tests_properties(fuzz/mutated-inputs PROPERTIES TIMEOUT 600)

# Thin monomorphization: merged instances lower to the same code as the function they share.
add_test(NAME thin-mono/verify COMMAND bash ${CMAKE_SOURCE_DIR}/scripts/test-thin-mono.sh $<TARGET_FILE:wasmrust>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(thin-mono/verify PROPERTIES TIMEOUT 600)

# Random well-typed programs: wasmrust against rustc (stdout, stderr, exit code).
add_test(NAME random-programs/differential
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests-native/gen/random_programs.py
                 --wasmrust $<TARGET_FILE:wasmrust> --count 80
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(random-programs/differential PROPERTIES TIMEOUT 600 SKIP_RETURN_CODE 77)
