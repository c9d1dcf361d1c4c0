export const TEST_DEMO_PASSWORD = "demo-2026";
export const TEST_JWT_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";
