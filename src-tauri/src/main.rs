fn main() {
    specdesk_app::run()
}
