from relations_db.cli import main

main()
