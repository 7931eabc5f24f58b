fn main() -> std::process::ExitCode {
    teliqon::main()
}
