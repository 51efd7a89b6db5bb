from practice.cli.main import main

main()
