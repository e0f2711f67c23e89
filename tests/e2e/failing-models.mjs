// Two failure modes the real-client tests add to the harness's configuration:
//   rate-limited      the fake answers 429 with `retry-after: 0`
//   bad-upstream-key  a provider whose key the fake rejects (401 invalid_api_key):
//                     the gateway's cloud key is wrong, not the client's
export const failingModelsEnv = { BAD_UPSTREAM_KEY: 'fail-auth' };

export function withFailingModels(configText, upstreamURL) {
  return configText.replace(
    'models:',
    `  - name: fake-bad-key
    kind: openai_compatible
    base_url: ${upstreamURL}/v1
    api_key_env: BAD_UPSTREAM_KEY
models:
  - alias: rate-limited
    deployments:
      - { provider: fake, model: error-429, side: cloud, name: rate-limited-upstream }
  - alias: bad-upstream-key
    deployments:
      - { provider: fake-bad-key, model: gpt-4o-mini, side: cloud, name: bad-upstream-key-deployment }`,
  );
}
