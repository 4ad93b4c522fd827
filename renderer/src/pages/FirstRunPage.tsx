import { Alert, Button, Center, Container, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconAddressBook, IconAlertTriangle, IconBook2, IconSparkles } from '@tabler/icons-react'
import { useState } from 'react'
import { useKith } from '../api/KithContext'

type Choice = 'empty' | 'sample'

/** Shown until the user picks how to start; nothing is written before they choose. */
export function FirstRunPage({ onStarted }: { onStarted: () => void }) {
  const kith = useKith()
  const [busy, setBusy] = useState<Choice | null>(null)
  const [error, setError] = useState<string | null>(null)

  const start = async (choice: Choice) => {
    setBusy(choice)
    setError(null)
    try {
      await (choice === 'empty' ? kith.journal.startEmpty({}) : kith.journal.loadSample({}))
      onStarted()
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
      setBusy(null)
    }
  }

  return (
    <Center mih="100vh" p="lg" component="main">
      <Container size={560} w="100%">
        <Paper withBorder shadow="sm" radius="lg" p="xl">
          <Stack gap="lg">
            <Group gap="sm">
              <ThemeIcon size={44} radius="md" variant="light" aria-hidden>
                <IconAddressBook size={26} />
              </ThemeIcon>
              <Title order={1}>Welcome to Kith</Title>
            </Group>
            <Text size="lg">Kith is a private journal for the people you meet: where you met them, what you learned, and when to get back in touch.</Text>
            <Text c="dimmed">
              Everything stays in one file on this computer; nothing is sent anywhere. Start with an empty journal, or load a small sample network to see how
              Kith works.
            </Text>
            {error && (
              <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title="That did not work">
                {error}
              </Alert>
            )}
            <Stack gap="sm">
              <Button
                size="md"
                leftSection={<IconBook2 aria-hidden size={20} />}
                loading={busy === 'empty'}
                disabled={busy !== null}
                onClick={() => void start('empty')}
              >
                Start an empty journal
              </Button>
              <Button
                size="md"
                variant="light"
                leftSection={<IconSparkles aria-hidden size={20} />}
                loading={busy === 'sample'}
                disabled={busy !== null}
                onClick={() => void start('sample')}
              >
                Load the sample journal
              </Button>
            </Stack>
          </Stack>
        </Paper>
      </Container>
    </Center>
  )
}
