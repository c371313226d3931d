package journal

const crashRoleEnv = "STEMEWATCH_CRASHTEST_READER"

func crashReaderMain() int { return 0 }
